package ir.khadamat.runtime;

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
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Staff completing an admission on the screens generated from its definition, in headless Chromium: start the case
 * from the inbox, fill the judicial order (a wrong national code gets a Persian message), verify the identity,
 * register the prisoner; then anyone tracks the case by its code on the public page.
 */
class RuntimeBrowserIT extends BrowserTest {

    @Test
    void staffCompleteAnAdmission() {
        String admission = new CaseDriver(new Http(base)).publishCopyOf("prisoner-admission");
        Browser.signIn(browser, base, "tehran-staff");
        browser.get(base + "workspace/inbox.xhtml");
        new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("start:service")))).selectByValue(admission);
        browser.findElement(By.id("start:subject")).sendKeys("T-4455");
        clickAndWait(browser.findElement(By.id("start:startButton")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-step")));
        assertEquals("receive-order", browser.findElement(By.id("current-step")).getAttribute("data-step"));
        // a reference written with Latin letters is shown as written, not with Persian digits beside its letter
        assertTrue(browser.findElement(By.id("subject")).getText().endsWith(": T-4455"), browser.findElement(By.id("subject")).getText());
        String code = browser.findElement(By.cssSelector(".service-case")).getAttribute("data-code");

        // the staff member finds the case among the ones they started, open, though it waits on nobody else yet
        browser.get(base + "workspace/inbox.xhtml");
        click("tab-mine");
        WebElement mine = wait.until(ExpectedConditions.presenceOfElementLocated(
                inboxRow(code)));
        assertEquals("OPEN", mine.findElement(By.cssSelector(".case-status")).getAttribute("data-status"));
        assertEquals("در جریان", mine.findElement(By.cssSelector(".case-status")).getText());
        assertEquals("page", browser.findElement(By.id("tab-mine")).getAttribute("aria-current"));
        // a PrimeFaces lazy table: sorted on the server by the column whose header is pressed
        browser.findElement(By.cssSelector("#inbox-table th.ui-sortable-column")).click();
        wait.until(d -> "ascending".equals(d.findElement(By.cssSelector("#inbox-table th.ui-sortable-column"))
                .getAttribute("aria-sort")));
        List<String> codes = browser.findElements(By.cssSelector("#inbox-table tbody tr td:first-child a")).stream()
                .map(a -> PersianDigits.toAscii(a.getText())).toList();
        assertFalse(codes.isEmpty());
        assertEquals(codes.stream().sorted().toList(), codes, "by tracking code");
        browser.get(base + "workspace/inbox.xhtml?view=mine"); // newest first again: the case is on the first page
        mine = wait.until(ExpectedConditions.presenceOfElementLocated(
                inboxRow(code)));
        clickAndWait(mine.findElement(By.tagName("a")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-step")));

        new Select(browser.findElement(By.cssSelector("[id$=':orderKind']"))).selectByIndex(1);
        fill("step:orderNumber", "۱۴۰۴-۵۵۵");
        fill("step:issuingAuthority", "دادسرای عمومی و انقلاب تهران");
        fill("step:orderDate", "۱۴۰۴/۰۸/۰۱");
        fill("step:nationalCode", "0012345678"); // wrong check digit
        fill("step:firstName", "علی");
        fill("step:lastName", "رضایی");
        clickAndWait(browser.findElement(By.id("step:submit")));
        assertTrue(wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary"))).getText()
                .contains("کد ملی درست نیست"));
        Browser.screenshot(browser, "admission-error");
        String nationalCode = CaseDriver.nationalCode();
        fill("step:nationalCode", nationalCode);
        fill("step:orderDate", "۱۴۰۴/۰۸/۰۱");
        clickAndWait(browser.findElement(By.id("step:submit")));
        wait.until(d -> "verify-identity".equals(d.findElement(By.id("current-step")).getAttribute("data-step")));
        // the one who verifies sees what was recorded, labelled, in Persian: the order's date in Jalali digits
        String recorded = browser.findElement(By.id("case-recorded")).getText();
        assertTrue(recorded.contains("رضایی") && recorded.contains("۱۴۰۴/۰۸/۰۱")
                && recorded.contains(PersianDigits.toPersian(nationalCode)), recorded);
        assertTrue(!recorded.contains("orderDate") && !recorded.contains("1404"), recorded);
        clickAndWait(browser.findElement(By.id("step:outcome-verified")));
        wait.until(d -> "register".equals(d.findElement(By.id("current-step")).getAttribute("data-step")));
        String exchanges = browser.findElement(By.id("case-exchanges")).getText();
        assertTrue(exchanges.contains("قوه قضاییه") && exchanges.contains("سابقه قضایی"),
                "the judiciary's case management was asked, in words: " + exchanges);
        assertTrue(!exchanges.contains("judiciary-cms") && !exchanges.contains("{"), exchanges);
        // its answer is on the page in labelled Persian fields, not JSON
        String answered = browser.findElement(By.id("case-recorded")).getText();
        assertTrue(answered.contains("دادگاه") && answered.contains("اتهام") && !answered.contains("court")
                && !answered.contains("operation") && !answered.contains("judiciary-cms"), answered);
        String number = "B" + System.nanoTime() % 1_000_000_000L;
        fill("step:prisonerNumber", number);
        fill("step:ward", "بند ۳");
        fill("step:admissionDate", "۱۴۰۴/۰۸/۰۲");
        clickAndWait(browser.findElement(By.id("step:submit")));
        wait.until(d -> "CLOSED".equals(d.findElement(By.id("status")).getAttribute("data-status")));
        Browser.screenshot(browser, "admission-done");
        // the end it reached, its steps and who took them are in words, not codes
        assertEquals("نتیجه: زندانی پذیرش شد", browser.findElement(By.id("result")).getText());
        String timeline = browser.findElement(By.id("case-history")).getText();
        assertTrue(!timeline.contains("receive-order") && !timeline.contains("applicant:"), timeline);
        assertTrue(!timeline.contains("· ·"), "a line without a step has no empty part: " + timeline);

        browser.get(base + "track.xhtml?code=" + code);
        assertEquals("CLOSED", wait.until(ExpectedConditions.presenceOfElementLocated(By.id("status"))).getAttribute("data-status"));
        assertTrue(!browser.getPageSource().contains(number) && !browser.getPageSource().contains("رضایی"),
                "the public page shows nothing personal");
    }

    @Test
    void aStepOfAnotherRoleSaysWhoDoesItInsteadOfOfferingItsForm() {
        CaseDriver runtime = new CaseDriver(new Http(base));
        String employment = runtime.publishCopyOf("prisoner-employment");
        String code = runtime.startAsStaff(employment, null).getString("trackingCode");
        CaseDriver.Play staff = new CaseDriver.Play("tehran-staff", "tehran-admin", null, Map.of(), Map.of());
        JsonObject view = runtime.read(code, staff);
        while (!"province-admin".equals(view.getJsonObject("currentStep").getString("role"))) {
            view = runtime.doStep(code, view, staff); // the request and its documents, staff's
        }
        assertTrue(!view.getJsonObject("currentStep").getBoolean("yours"), "the permission is not staff's to give");

        Browser.signIn(browser, base, "tehran-staff");
        browser.get(base + "workspace/case.xhtml?code=" + code);
        String notice = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("not-yours"))).getText();
        assertTrue(notice.contains("مدیر استانی"), notice);
        assertTrue(browser.findElements(By.cssSelector("[id$='outcome-permitted']")).isEmpty(), "no button to press");
        signOutAndIn("tehran-admin");
        browser.get(base + "workspace/case.xhtml?code=" + code);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$='outcome-permitted']")));
        assertTrue(browser.findElements(By.id("not-yours")).isEmpty(), "the admin is offered the decision");
    }

    /** Arabic-script letters (Persian): none may be left on an English step screen. */
    private static final Pattern PERSIAN = Pattern.compile("[\\u0600-\\u06FF]");

    @Test
    void theStepScreensAreEnglishInTheEnglishUi() {
        CaseDriver runtime = new CaseDriver(new Http(base));
        String admission = runtime.publishCopyOf("prisoner-admission"); // its definition through PUT .../process
        String code = runtime.startAsStaff(admission, null).getString("trackingCode");
        CaseDriver.Play staff = new CaseDriver.Play("tehran-staff", "tehran-admin", null,
                Map.of("nationalCode", CaseDriver.nationalCode()), Map.of());
        runtime.doStep(code, runtime.read(code, staff), staff); // the judicial order, recorded

        Browser.signIn(browser, base, "tehran-staff");
        browser.get(base + "workspace/case.xhtml?code=" + code + "&lang=en");
        WebElement step = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-step")));
        assertEquals("verify-identity", step.getAttribute("data-step"));
        String title = step.findElement(By.tagName("h2")).getText();
        assertEquals("Step: Verify identity and match the national code with the judicial order", title);
        String label = step.findElement(By.cssSelector("label[for$='note']")).getText();
        assertEquals("Notes", label);
        String button = step.findElement(By.cssSelector("[id$='outcome-verified']")).getAttribute("value");
        assertEquals("Identity verified", button);
        assertEquals("Identity does not match the judicial order",
                step.findElement(By.cssSelector("[id$='outcome-mismatch']")).getAttribute("value"));
        for (String text : List.of(title, label, button, step.getText())) {
            assertTrue(!PERSIAN.matcher(text).find(), "English only on the step: " + text);
        }
        // what the first step recorded, and the history, name the step and its fields in English
        String recorded = browser.findElement(By.id("case-recorded")).getText();
        assertTrue(recorded.contains("Receive and record the detention order or judicial sentence")
                && recorded.contains("Type of order") && (recorded.contains("Detention order (pre-trial)")
                || recorded.contains("Sentence of conviction"))
                && recorded.contains("Last name") && !recorded.contains("نوع برگه"), recorded);
        assertTrue(browser.findElement(By.id("case-history")).getText()
                .contains("Receive and record the detention order or judicial sentence"));
        Browser.screenshot(browser, "step-in-english");
        // the inbox names the step in English too
        browser.get(base + "workspace/inbox.xhtml?view=mine");
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(
                inboxRow(code)));
        assertEquals("Verify identity and match the national code with the judicial order",
                row.findElement(By.cssSelector("td:nth-child(3)")).getText());

        // and back in Persian, the definition's Persian
        browser.get(base + "workspace/case.xhtml?code=" + code + "&lang=fa");
        step = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-step")));
        assertTrue(step.findElement(By.tagName("h2")).getText().endsWith("احراز هویت و تطبیق کد ملی با برگه قضایی"),
                step.getText());
        assertEquals("توضیحات", step.findElement(By.cssSelector("label[for$='note']")).getText());
        assertEquals("هویت تأیید شد", step.findElement(By.cssSelector("[id$='outcome-verified']")).getAttribute("value"));
    }

    /** The inbox's row of a case (PrimeFaces' table marks rows by position only). */
    private static By inboxRow(String code) {
        return By.xpath("//div[@id='inbox-table']//tbody/tr[.//a[contains(@href, 'code=" + code + "')]]");
    }

    private void signOutAndIn(String user) {
        clickAndWait(browser.findElement(By.id("logout")));
        Browser.signIn(browser, base, user);
    }
}
