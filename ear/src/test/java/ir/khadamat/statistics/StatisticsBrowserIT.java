package ir.khadamat.statistics;

import ir.khadamat.testing.Browser;
import ir.khadamat.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The statistics dashboard as a reviewer sees it in headless Chromium: the chart, and the seven seed services measured beside declared. */
class StatisticsBrowserIT extends BrowserTest {

    @Test
    void theReviewerSeesTheChartAndTheSevenServicesMeasuredBesideDeclared() {
        Browser.signIn(browser, base, "reviewer");
        browser.get(base + "workspace/index.xhtml");
        click("nav-statistics");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("stats-table")));
        assertEquals("rtl", browser.findElement(By.tagName("html")).getAttribute("dir"));

        // PrimeFaces' chart (Chart.js) drew on its canvas
        WebElement canvas = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".stats-chart canvas")));
        wait.until(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                "return arguments[0].width", canvas)).intValue() > 0);
        assertTrue((Boolean) ((JavascriptExecutor) browser).executeScript(
                "return typeof Chart !== 'undefined' && Chart.getChart(arguments[0]) !== undefined", canvas), "a Chart.js chart");

        List<WebElement> rows = browser.findElements(By.cssSelector("#stats-table tr.stats-row"));
        List<String> keys = rows.stream().map(r -> r.getAttribute("data-card")).toList();
        assertTrue(keys.containsAll(StatisticsIT.SEED), keys.toString());
        for (String key : StatisticsIT.SEED) {
            WebElement row = browser.findElement(By.id("stats-" + key));
            assertTrue(row.findElement(By.cssSelector("td.received")).getText().matches("[۰-۹٬]+"), key + ": measured, Persian digits");
            assertFalse(row.findElement(By.cssSelector("td.declared.recipients")).getText().isBlank(), key + ": declared beside it");
        }
        assertEquals("۶۰۰٬۰۰۰", browser.findElement(By.cssSelector("#stats-prisoner-admission td.declared.recipients")).getText(),
                "the admission card's figure as written");
        assertEquals("نامشخص", browser.findElement(By.cssSelector("#stats-prisoner-visits td.declared.recipients")).getText(),
                "the visits card declares none: unknown");
        assertEquals("پذیرش و نگهداری زندانیان", browser.findElement(By.cssSelector("#stats-prisoner-admission td.service")).getText());
        Browser.screenshot(browser, "statistics");

        // by season: the chart's periods are Jalali seasons
        new Select(browser.findElement(By.id("period"))).selectByValue("SEASON");
        clickAndWait(browser.findElement(By.id("filter")));
        wait.until(ExpectedConditions.urlContains("period=SEASON"));
        assertTrue(browser.findElement(By.id("export")).getAttribute("href").contains("/api/statistics/export.xlsx?period=SEASON"));
        assertTrue(browser.findElement(By.id("stats-scope")).getText().contains("کل کشور"));

        browser.get(base + "workspace/statistics.xhtml?lang=en&period=YEAR");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("stats-table")));
        assertEquals("unknown", browser.findElement(By.cssSelector("#stats-prisoner-visits td.declared.recipients")).getText());
        assertEquals("600,000", browser.findElement(By.cssSelector("#stats-prisoner-admission td.declared.recipients")).getText());
        Browser.screenshot(browser, "statistics-en");
    }
}
