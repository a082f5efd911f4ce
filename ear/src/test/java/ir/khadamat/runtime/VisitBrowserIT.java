package ir.khadamat.runtime;

import ir.khadamat.persian.PersianDigits;
import ir.khadamat.testing.Browser;
import ir.khadamat.testing.BrowserTest;
import ir.khadamat.testing.CaseDriver;
import ir.khadamat.testing.Http;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A family books a visit on the public pages, in headless Chromium: asks for the service with national code,
 * mobile and the one-time code, fills the request, uploads the documents, and — once the prison has verified the
 * visitor — comes back on a new browser through «درخواست‌های من» (national code, mobile, a new one-time code), sees
 * the case waiting for them, continues it, chooses an in-person slot, gets the visit card, and checks it on the
 * verification page.
 */
class VisitBrowserIT extends BrowserTest {

    @Test
    void aFamilyBooksAVisit() throws Exception {
        CaseDriver runtime = new CaseDriver(new Http(base));
        String visits = runtime.publishCopyOf("prisoner-visits");
        String mobile = "0913" + (1000000 + (int) (System.nanoTime() % 8999999));
        String nationalCode = CaseDriver.nationalCode();

        browser.get(base + "services.xhtml");
        click("apply-" + visits);
        new Select(browser.findElement(By.id("apply:unit"))).selectByValue("tehran-greater-prison");
        fill("apply:nationalCode", nationalCode);
        fill("apply:mobile", "۰" + mobile.substring(1)); // typed with a Persian keyboard
        clickAndWait(browser.findElement(By.id("apply:sendCode")));
        assertTrue(browser.findElement(By.id("codeSent")).getText().contains("پیامک شد"), "a success, in its own box");
        assertTrue(browser.findElements(By.cssSelector(".error-summary li")).isEmpty(), "and not among the problems");
        fill("apply:code", runtime.lastCodeSentTo(mobile));
        new Select(browser.findElement(By.id("apply:unit"))).selectByValue("tehran-greater-prison");
        clickAndWait(browser.findElement(By.id("apply:start")));
        String code = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".service-case"))).getAttribute("data-code");
        assertTrue(browser.findElement(By.id("notice")).getText().contains("کد رهگیری"));

        // the request: the national code and mobile just proved are not asked for again
        assertEquals(PersianDigits.toPersian(nationalCode),
                browser.findElement(By.id("step:visitorNationalCode")).getAttribute("value"));
        assertEquals(PersianDigits.toPersian(mobile), browser.findElement(By.id("step:mobile")).getAttribute("value"));
        fill("step:visitorNationalCode", nationalCode);
        fill("step:visitorName", "مریم احمدی");
        fill("step:mobile", mobile);
        fill("step:prisonerNumber", "T-4455");
        new Select(browser.findElement(By.cssSelector("[id$='relation']"))).selectByIndex(1);
        clickAndWait(browser.findElement(By.id("step:submit")));
        wait.until(d -> "documents".equals(d.findElement(By.id("current-step")).getAttribute("data-step")));

        // the documents, uploaded
        Path form = Files.createTempFile("visit-request", ".pdf");
        Files.writeString(form, "%PDF-1.4 visit request");
        browser.findElement(By.cssSelector("input[type=file][id*='visitRequestForm']")).sendKeys(form.toString());
        browser.findElement(By.cssSelector("input[type=file][id*='identityCard']")).sendKeys(form.toString());
        assertTrue(browser.findElements(By.cssSelector("[id$='visitRequestFormSeen']")).isEmpty(),
                "«اصل مدرک دیده شد» is for staff, not offered to the applicant");
        clickAndWait(browser.findElement(By.id("step:submit")));
        assertTrue(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("waiting-staff"))).isDisplayed(),
                "now the prison verifies the visitor");

        // the prison verifies the visitor: its REST view has the documents ...
        JsonObject staffView = new Http(base).as("tehran-staff").get("/api/cases/" + code).json();
        assertEquals("verify", staffView.getJsonObject("currentStep").getString("id"));
        assertEquals(2, staffView.getJsonArray("documents").size(), "both documents kept, with their checksums");
        assertEquals(List.of("فرم درخواست ملاقات", "تصویر کارت شناسایی معتبر"), staffView.getJsonArray("documents")
                .getValuesAs(JsonObject.class).stream().map(d -> d.getString("label")).sorted(Comparator.reverseOrder()).toList(),
                "each document is named as its step's form names it");

        // ... on its case page, in a browser of its own, with what the applicant entered in front of it
        WebDriver staff = Browser.start();
        try {
            Browser.signIn(staff, base, "tehran-staff");
            staff.get(base + "workspace/case.xhtml?code=" + code);
            String recorded = new WebDriverWait(staff, Duration.ofSeconds(20))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("case-recorded"))).getText();
            assertTrue(recorded.contains("مریم احمدی") && recorded.contains(PersianDigits.toPersian(nationalCode))
                    && recorded.contains("هویت تأیید شد"), "the visitor, their code and the prison's answer: " + recorded);
            String relation = staff.findElement(By.cssSelector("[data-field='relation']")).getText();
            assertTrue(!relation.isBlank() && relation.chars().noneMatch(c -> c < 128 && Character.isLetter(c)),
                    "the relation in words, not its code: " + relation);
            Browser.screenshot(staff, "visit-verify-staff");
            WebElement approve = staff.findElement(By.cssSelector("[id$='outcome-approved']"));
            WebElement page = staff.findElement(By.tagName("html"));
            approve.click();
            new WebDriverWait(staff, Duration.ofSeconds(20)).until(d -> gone(page));
        } finally {
            staff.quit();
        }

        // the family closed their browser meanwhile: on a new one (no session, no cookies) the case page knows them
        // not, and sends them to «درخواست‌های من», where national code, mobile and a new one-time code bring it back
        browser.quit();
        openBrowser();
        browser.get(base + "my-case.xhtml?code=" + code);
        assertTrue(browser.findElements(By.id("current-step")).isEmpty(), "a new browser holds no token");
        click("to-requests");
        fill("person:nationalCode", nationalCode);
        fill("person:mobile", "0912");
        clickAndWait(browser.findElement(By.id("person:sendCode")));
        assertTrue(browser.findElement(By.id("person:mobileMessage")).getText().contains("شماره همراه"),
                "a mistyped mobile is named beside its field: " + browser.findElement(By.id("person:mobileMessage")).getText());
        assertEquals(nationalCode, browser.findElement(By.id("person:nationalCode")).getAttribute("value"), "input kept");
        assertTrue(browser.findElements(By.id("codeSent")).isEmpty());
        fill("person:mobile", mobile);
        clickAndWait(browser.findElement(By.id("person:sendCode")));
        assertTrue(browser.findElement(By.id("codeSent")).getText().contains("پیامک شد"), "a success, in its own box");
        assertTrue(browser.findElements(By.cssSelector(".error-summary li")).isEmpty(), "and not among the problems");
        fill("person:code", runtime.lastCodeSentTo(mobile));
        clickAndWait(browser.findElement(By.id("person:signIn")));
        WebElement mine = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".request[data-code='" + code + "']")));
        String listed = mine.getText();
        assertTrue(listed.contains(PersianDigits.toPersian(code)) && listed.contains("در جریان")
                        && listed.contains("نوبت شماست") && listed.contains("انتخاب نوع ملاقات"),
                "the case, its tracking code in Persian digits, its state and what is theirs to do now: " + listed);
        assertEquals(1, browser.findElements(By.cssSelector(".request")).size(), "their one case");
        Browser.screenshot(browser, "my-requests");
        click("continue-" + code);

        // a slot for an in-person visit
        click("type-IN_PERSON");
        clickAndWait(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id^='slots:hold-']"))));
        assertTrue(browser.findElement(By.id("booking")).getText().contains("نگه داشته شده"));
        Browser.screenshot(browser, "visit-slot");
        clickAndWait(browser.findElement(By.id("step:submit")));
        String verification = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verification"))).getText();
        Browser.screenshot(browser, "visit-card");

        // the visit booked, in words; its card to download: this case's own, from this browser only
        var at = java.time.Instant.parse(new Http(base).as("tehran-staff").get("/api/cases/" + code).json()
                .getJsonArray("bookings").getJsonObject(0).getString("startsAt")).atZone(ir.khadamat.persian.Iran.ZONE);
        assertEquals(ir.khadamat.persian.JalaliDate.from(at.toLocalDate()).formatLong() + "، "
                + PersianDigits.toPersian(String.format("%02d:%02d", at.getHour(), at.getMinute())), text("visit-when"));
        assertEquals(List.of("ملاقات حضوری", "ندامتگاه تهران بزرگ"), List.of(text("visit-type"), text("visit-prison")));
        String download = browser.findElement(By.id("download-visit-card")).getAttribute("href");
        assertTrue(fetched(download).startsWith("200 application/pdf"), fetched(download));
        String other = runtime.startAsStaff(visits, null).getString("trackingCode");
        assertTrue(fetched(download.replace(code, other)).startsWith("404"), "no other case's document, whatever the link says");

        browser.get(base + "verify.xhtml?document=" + verification);
        assertTrue(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verified"))).getText().contains("کارت ملاقات"));

        // the card's file itself, checked on the same page: signed by the service and unchanged; a changed copy is not
        byte[] card = downloaded(download);
        java.nio.file.Path file = java.nio.file.Files.createTempFile("visit-card", ".pdf");
        java.nio.file.Files.write(file, card);
        browser.findElement(By.cssSelector("#check input[type=file]")).sendKeys(file.toString());
        clickAndWait(browser.findElement(By.id("check:checkButton")));
        assertTrue(text("file-result").startsWith("این فایل همان سندی است که این سامانه صادر و امضا کرده"), text("file-result"));
        assertTrue(text("file-document").contains("کارت ملاقات"), text("file-document"));
        assertTrue(text("file-signer").contains("سامانه خدمات"), text("file-signer"));
        Browser.screenshot(browser, "verify-file");
        byte[] changed = card.clone();
        int producer = new String(changed, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("/Producer");
        changed[producer + 2] ^= 1;
        java.nio.file.Files.write(file, changed);
        browser.findElement(By.cssSelector("#check input[type=file]")).sendKeys(file.toString());
        clickAndWait(browser.findElement(By.id("check:checkButton")));
        assertEquals("این فایل پس از امضا تغییر کرده است؛ به آن اعتماد نکنید.", text("file-result"));
    }

    /** The bytes of a GET from the page, with its session. */
    private byte[] downloaded(String url) {
        String base64 = (String) ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                + " fetch(arguments[0]).then(function (r) { return r.arrayBuffer(); }).then(function (b) {"
                + "  var s = ''; new Uint8Array(b).forEach(function (x) { s += String.fromCharCode(x); }); done(btoa(s)); },"
                + " function (e) { done('failed ' + e); });", url);
        return java.util.Base64.getDecoder().decode(base64);
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    /** The status and content type of a GET from the page, with its session. */
    private String fetched(String url) {
        return (String) ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + " fetch(arguments[0]).then(function (r) { done(r.status + ' ' + r.headers.get('Content-Type')); },"
                + " function (e) { done('failed ' + e); });", url);
    }
}
