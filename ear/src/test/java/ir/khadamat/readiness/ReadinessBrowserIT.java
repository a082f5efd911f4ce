package ir.khadamat.readiness;

import ir.khadamat.testing.Browser;
import ir.khadamat.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The e-readiness dashboard as a reviewer sees it in headless Chromium, in Persian and in English: the seed cards'
 * scores as the ranges their unknown parts leave, unknown shown as unknown, the admissions first where digitising
 * pays most, a card's versions with its chart, and the Excel export's link.
 */
class ReadinessBrowserIT extends BrowserTest {

    @Test
    void theReviewerSeesTheSeedCardsReadinessAndWhereDigitisingPaysMost() {
        Browser.signIn(browser, base, "reviewer");
        browser.get(base + "workspace/index.xhtml");
        click("nav-readiness");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("readiness-table")));
        assertEquals("rtl", browser.findElement(By.tagName("html")).getAttribute("dir"));

        WebElement admission = browser.findElement(By.id("readiness-prisoner-admission"));
        assertEquals("۰٪ تا ۱۰۰٪ (نامشخص)", admission.findElement(By.cssSelector("td.score")).getText(),
                "every part unknown: the whole range, never 0");
        assertEquals("نامشخص", admission.findElement(By.cssSelector("td.visits")).getText());
        assertEquals("۰ از ۴ (۴ نامشخص)", admission.findElement(By.cssSelector("td.stages")).getText());
        assertEquals("۰ از ۲ (۲ نامشخص)", admission.findElement(By.cssSelector("td.exchanges")).getText());

        List<String> priorities = browser.findElements(By.cssSelector("#priorities-table tr.priority-row")).stream()
                .map(r -> r.getAttribute("data-card")).filter(ReadinessIT.SEED::contains).toList();
        assertEquals(List.of("prisoner-admission", "prisoner-education", "prisoner-employment", "prisoner-support"),
                priorities.subList(0, 4), "by recipients a year while trips are unknown: " + priorities);
        WebElement first = browser.findElement(By.cssSelector("#priorities-table tr.priority-row[data-card='prisoner-admission']"));
        assertEquals("دست‌کم ۶۰۰٬۰۰۰", first.findElement(By.cssSelector("td.recipients")).getText(),
                "600,000 with no period ticked: at least that many a year");
        assertEquals("نامشخص", first.findElement(By.cssSelector("td.trips")).getText());
        assertTrue(browser.findElement(By.id("export")).getAttribute("href").contains("/api/readiness/export.xlsx?lang=fa"));
        String page = browser.findElement(By.tagName("main")).getText();
        for (String latin : List.of("PUBLISHED", "DRAFT", "ELECTRONIC", "NON_ELECTRONIC", "null", "prisoner-")) {
            assertFalse(page.contains(latin), "no code on a Persian screen: " + latin);
        }
        Browser.screenshot(browser, "readiness");

        // a card version by version, with its chart
        clickAndWait(first.findElement(By.tagName("a")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("history-table")));
        assertFalse(browser.findElements(By.cssSelector("#history-table tr.history-row")).isEmpty());
        WebElement canvas = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".stats-chart canvas")));
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return typeof Chart !== 'undefined' && Chart.getChart(arguments[0]) !== undefined", canvas));

        browser.get(base + "workspace/readiness.xhtml?lang=en");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("readiness-table")));
        admission = browser.findElement(By.id("readiness-prisoner-admission"));
        assertEquals("0% to 100% (unknown)", admission.findElement(By.cssSelector("td.score")).getText());
        assertEquals("unknown", admission.findElement(By.cssSelector("td.visits")).getText());
        Browser.screenshot(browser, "readiness-en");
    }

    @Test
    void provincialStaffAreNotShownTheDashboard() {
        Browser.signIn(browser, base, "tehran-staff");
        browser.get(base + "workspace/readiness.xhtml");
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        assertTrue(browser.findElements(By.id("nav-readiness")).isEmpty(), "no menu entry");
        assertTrue(browser.findElements(By.id("readiness-table")).isEmpty(), "no figures");
        assertFalse(browser.findElement(By.id("readiness-error")).getText().isBlank(), "a message instead");
    }
}
