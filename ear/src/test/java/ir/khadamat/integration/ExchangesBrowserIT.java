package ir.khadamat.integration;

import ir.khadamat.persian.PersianDigits;
import ir.khadamat.testing.Browser;
import ir.khadamat.testing.BrowserTest;
import ir.khadamat.testing.CaseDriver;
import ir.khadamat.testing.Http;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A prisoner exchange with another country, in headless Chromium: the case waits for the foreign ministry's reply
 * to its generated letter; Tehran's staff find it in their inbox and record the reply on the case page (a wrong date gets a Persian message),
 * and the case goes on. Tehran's admin then reads the exchanges in the log, filtered by the case, with nothing to
 * edit.
 */
class ExchangesBrowserIT extends BrowserTest {

    @Test
    void staffRecordTheMinistrysReplyAndTheAdminReadsTheLog() {
        CaseDriver runtime = new CaseDriver(new Http(base));
        String number = "X" + System.nanoTime() % 1_000_000_000L;
        runtime.admit(runtime.publishCopyOf("prisoner-admission"), number);
        String transfer = runtime.publishCopyOf("prisoner-transfer");
        String code = runtime.startAsStaff(transfer, number).getString("trackingCode");
        JsonObject waiting = runtime.runWhileOpen(code, new CaseDriver.Play("tehran-staff", "tehran-admin", null,
                Map.of("prisonerNumber", number, "kind", "foreign"), Map.of()));
        assertEquals("WAITING", waiting.getString("status"), waiting.toString());

        Browser.signIn(browser, base, "tehran-staff");
        browser.get(base + "workspace/inbox.xhtml");
        WebElement awaiting = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("awaiting-replies")));
        clickAndWait(awaiting.findElement(By.cssSelector("a[href$='code=" + code + "']")));
        WebElement letter = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("letter-reply")));
        assertTrue(letter.getText().contains("وزارت امور خارجه"), letter.getText());
        assertTrue(browser.findElement(By.id("letter-link")).getAttribute("href").contains("/issued/"));
        fill("reply:replyNumber", "۷۸۹/خ");
        // the Jalali date input: Latin digits typed show as Persian ones, the separators come by themselves
        fill("reply:replyDate", "14040825");
        assertEquals("۱۴۰۴/۰۸/۲۵", browser.findElement(By.id("reply:replyDate")).getDomProperty("value"));
        fill("reply:replyDate", "۱۴۰۴/۱۳/۰۱");
        clickAndWait(browser.findElement(By.id("reply:record-reply")));
        String errors = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary"))).getText();
        assertTrue(errors.contains("تاریخ نامه پاسخ"), errors);
        Browser.screenshot(browser, "letter-reply-error");
        fill("reply:replyDate", "۱۴۰۴/۰۸/۲۵");
        fill("reply:replyText", "با مبادله موافقت شد");
        clickAndWait(browser.findElement(By.id("reply:record-reply")));
        wait.until(d -> "foreign-ministry-reply".equals(d.findElement(By.id("current-step")).getAttribute("data-step")));
        assertTrue(browser.findElement(By.id("case-exchanges")).getText().contains("نامه ارسال شد"));

        clickAndWait(browser.findElement(By.id("logout")));
        Browser.signIn(browser, base, "tehran-admin");
        browser.get(base + "workspace/exchanges.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("exchange-filter")));
        fill("filter-case", code);
        clickAndWait(browser.findElement(By.id("filter-apply")));
        var rows = wait.until(ExpectedConditions.presenceOfAllElementsLocatedBy(By.cssSelector(".exchange-row")));
        assertTrue(rows.size() >= 4, "judiciary, prisons' system, letter and reply: " + rows.size());
        String table = browser.findElement(By.id("exchange-table")).getText();
        assertTrue(table.contains("وزارت امور خارجه"), table);
        assertTrue(table.contains("۷۸۹/خ") || table.contains("789/خ"), "the reply as recorded: " + table);
        assertTrue(table.contains("سامانه مدیریت پرونده‌های قوه قضاییه"), table);
        // what was sent, as the case's forms name and word it: never the JSON it travelled as, nor a choice's code
        assertTrue(table.contains("شماره زندانی"), "the prisoner number by its name: " + table);
        assertFalse(table.contains("{") || table.contains("\"") || table.contains("foreign"), "no JSON, no codes: " + table);
        // a code written in Latin (the letter's verification code) keeps its own digits: it is typed back as it is
        assertFalse(Pattern.compile("[A-Za-z][۰-۹]|[۰-۹][A-Za-z]").matcher(table).find(),
                "no Latin letters beside Persian digits: " + table);
        assertFalse(browser.findElements(By.cssSelector("#exchanges-log input[type=submit], #exchange-table button, #exchange-table input"))
                .stream().anyMatch(WebElement::isDisplayed), "nothing in the log can be edited");
        // a PrimeFaces lazy table: sorted on the server by the column whose header is pressed, the filter kept
        WebElement duration = browser.findElement(By.cssSelector("#exchange-table th.millis"));
        duration.click();
        wait.until(d -> "ascending".equals(d.findElement(By.cssSelector("#exchange-table th.millis")).getAttribute("aria-sort")));
        List<Long> millis = browser.findElements(By.cssSelector("#exchange-table td.millis")).stream()
                .map(td -> Long.parseLong(PersianDigits.toAscii(td.getText().replaceAll("[^0-9۰-۹]", "")))).toList();
        assertEquals(rows.size(), millis.size(), "the filtered case's rows only");
        assertEquals(millis.stream().sorted().toList(), millis, "shortest first");
        Browser.screenshot(browser, "exchange-log");
    }
}
