package ir.khadamat.web;

import ir.khadamat.testing.Browser;
import ir.khadamat.testing.BrowserTest;
import ir.khadamat.testing.Cards;
import ir.khadamat.testing.CaseDriver;
import ir.khadamat.testing.Http;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Wrong values on the JSF screens, in headless Chromium: every section of the card editor and every kind of generated
 * step form given invalid values shows a Persian message beside the field, keeps what was typed, and never the error
 * page; a post whose view state expired reloads the page with a notice; a save of one section of the editor leaves
 * every other stored answer, unknowns included, exactly as it was.
 */
class EditorValidationBrowserIT extends BrowserTest {

    private static final Pattern PERSIAN = Pattern.compile("[\\u0600-\\u06FF]{2,}");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{3,}");

    @Test
    void everyEditorSectionRefusesBadValuesBesideTheFieldAndKeepsThem() {
        Browser.signIn(browser, base, "tehran-admin");
        browser.get(base + "workspace/edit.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("editor:key")));

        // §1–§3: the card key only begun (a province's keys start with its code) and a title with no word to make
        // a key of (CardJourneyBrowserIT shows one made from a title), then in Persian, then the title missing
        assertEquals("tehran-", value("editor:key"), "the new key is begun with the province's code");
        fill("editor:title", "«؟»");
        save();
        assertRefused("editor:key", "tehran-");
        assertEquals("«؟»", value("editor:title"), "the title typed is kept");
        fill("editor:key", "کتابخانه-سیار");
        save();
        assertRefused("editor:key", "کتابخانه-سیار");
        String key = Cards.newKey("tehran-validation");
        fill("editor:key", key);
        fill("editor:title", "");
        save();
        assertRefused("editor:title", "");
        assertEquals(key, value("editor:key"));
        fill("editor:title", "کتابخانه سیار آزمون");
        save();
        assertTrue(notice().contains("ذخیره شد"), notice());

        // §4: a description past its length, with the limit in Persian digits
        open(key, "SPECIFICATION");
        String longText = "ا".repeat(4001);
        fill("editor:description", longText);
        save();
        String message = assertRefused("editor:description", null);
        assertTrue(message.contains("۴۰۰۰"), message);
        assertEquals(4001, value("editor:description").length(), "the long text is kept");

        // §5: not a number, a number out of the field's range, a bad amount in a row of the fees
        open(key, "DETAILS");
        clickAndWait(browser.findElement(By.id("editor:addFee")));
        fill("editor:recipients", "چند نفر");
        fill("editor:visits", "۹۹۹۹۹۹۹۹۹۹۹۹");
        fill("editor:fees:0:amount", "مبلغ");
        save();
        assertRefused("editor:recipients", "چند نفر");
        assertRefused("editor:visits", "۹۹۹۹۹۹۹۹۹۹۹۹");
        assertRefused("editor:fees:0:amount", "مبلغ");
        fill("editor:times", "-3");
        fill("editor:recipients", "۱۲");
        fill("editor:visits", "۲");
        fill("editor:fees:0:amount", "۱۰۰٬۰۰۰");
        save();
        assertRefused("editor:times", "-3");

        // §6: texts past their length, of the section and of a stage
        open(key, "ACCESS");
        fill("editor:system", "س".repeat(501));
        fill("editor:otherChannelINFORMATION", "ک".repeat(501));
        save();
        assertRefused("editor:system", null);
        assertRefused("editor:otherChannelINFORMATION", null);
        assertEquals(501, value("editor:system").length());

        // §7: a row without its system
        assertRowRefusedWithout(key, "SYSTEM_LINKS", "addSystemLink", "systemLinks:0:system", "systemLinks:0:fields",
                "نام و نشانی");

        // §8: a fee that is not a number, then a row without its agency
        open(key, "AGENCY_LINKS");
        clickAndWait(browser.findElement(By.id("editor:addAgencyLink")));
        fill("editor:agencyLinks:0:fee", "زیاد");
        fill("editor:agencyLinks:0:system", "سامانه استعلام");
        save();
        assertRefused("editor:agencyLinks:0:fee", "زیاد");
        fill("editor:agencyLinks:0:fee", "۵۰۰");
        save();
        assertRefused("editor:agencyLinks:0:agency", null);
        assertEquals("سامانه استعلام", value("editor:agencyLinks:0:system"));

        // §9–§10: a step of the diagram without its id
        assertRowRefusedWithout(key, "PROCESS", "addStep", "steps:0:stepId", "steps:0:stepTitle", "ثبت درخواست");

        // the form's filler: a bad phone and a bad e-mail address
        open(key, "FILLER");
        fill("editor:fillerName", "مریم احمدی");
        fill("editor:fillerPhone", "۰۲۱-تلفن");
        fill("editor:fillerEmail", "نامه@");
        save();
        assertRefused("editor:fillerPhone", "۰۲۱-تلفن");
        assertRefused("editor:fillerEmail", "نامه@");
        assertEquals("مریم احمدی", value("editor:fillerName"));
        Browser.screenshot(browser, "editor-validation-filler");

        // in English, the same message is in English
        browser.get(base + "workspace/edit.xhtml?key=" + key + "&section=FILLER&lang=en");
        fill("editor:fillerPhone", "not a phone");
        save();
        String english = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("editor:fillerPhoneMessage"))).getText();
        assertTrue(english.contains("phone") && !PERSIAN.matcher(english).find(), english);
        assertEquals("not a phone", value("editor:fillerPhone"));
        browser.get(base + "workspace/edit.xhtml?key=" + key + "&section=FILLER&lang=fa");

        // a save on a card under review: the reason on top, nothing typed lost
        Http admin = new Http(base).as("tehran-admin");
        long version = Cards.version(admin.get("/api/cards/" + key));
        assertEquals(200, admin.post("/api/cards/" + key + "/submit?basedOn=" + version, null).status());
        open(key, "FILLER");
        fill("editor:fillerName", "نام تازه");
        save();
        String summary = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("messages"))).getText();
        assertTrue(summary.contains("در حال بررسی"), summary);
        assertFalse(LATIN_WORD.matcher(summary).find(), summary);
        assertEquals("نام تازه", value("editor:fillerName"));
        assertNoErrorPage();
    }

    @Test
    void everyKindOfGeneratedStepFormRefusesBadValuesBesideTheField() {
        Http anonymous = new Http(base);
        CaseDriver runtime = new CaseDriver(anonymous);
        Http hq = anonymous.as("hq-admin");
        String key = Cards.newKey("step-forms");
        Http.Reply r = hq.post("/api/cards", Cards.card(key, "خدمت آزمون فرم‌ها", "هدف", "شرح"));
        assertEquals(201, r.status(), r.body());
        String process = "{\"formatVersion\":1,\"cardKey\":\"" + key + "\",\"start\":\"form\",\"applicant\":\"staff\","
                + "\"subject\":\"person\",\"steps\":["
                + "{\"id\":\"form\",\"title\":\"فرم\",\"kind\":\"FORM\",\"role\":\"province-staff\",\"fields\":["
                + "{\"name\":\"note\",\"label\":\"شرح\",\"type\":\"TEXT\",\"required\":true},"
                + "{\"name\":\"count\",\"label\":\"تعداد\",\"type\":\"NUMBER\",\"required\":false},"
                + "{\"name\":\"day\",\"label\":\"تاریخ\",\"type\":\"JALALI_DATE\",\"required\":false},"
                + "{\"name\":\"kind\",\"label\":\"نوع\",\"type\":\"CHOICE\",\"required\":true,\"options\":{\"a\":\"الف\",\"b\":\"ب\"}},"
                + "{\"name\":\"nationalCode\",\"label\":\"کد ملی\",\"type\":\"NATIONAL_CODE\",\"required\":false},"
                + "{\"name\":\"mobile\",\"label\":\"همراه\",\"type\":\"MOBILE\",\"required\":false},"
                + "{\"name\":\"fee\",\"label\":\"مبلغ\",\"type\":\"AMOUNT_RIALS\",\"required\":false},"
                + "{\"name\":\"agreed\",\"label\":\"موافقت\",\"type\":\"BOOLEAN\",\"required\":true}],"
                + "\"next\":[{\"to\":\"papers\"}]},"
                + "{\"id\":\"papers\",\"title\":\"مدارک\",\"kind\":\"DOCUMENTS\",\"role\":\"province-staff\",\"fields\":["
                + "{\"name\":\"letter\",\"label\":\"نامه\",\"type\":\"FILE\",\"required\":true}],\"next\":[{\"to\":\"decide\"}]},"
                + "{\"id\":\"decide\",\"title\":\"تصمیم\",\"kind\":\"DECISION\",\"role\":\"province-staff\",\"fields\":["
                + "{\"name\":\"when\",\"label\":\"تاریخ تصمیم\",\"type\":\"JALALI_DATE\",\"required\":true}],"
                + "\"outcomes\":[{\"name\":\"yes\",\"label\":\"پذیرفته\",\"to\":\"end\"},"
                + "{\"name\":\"no\",\"label\":\"نپذیرفته\",\"to\":\"end\"}]},"
                + "{\"id\":\"end\",\"title\":\"پایان\",\"kind\":\"END\",\"config\":{\"result\":\"done\"}}]}";
        r = hq.put("/api/cards/" + key + "/process?basedOn=" + Cards.version(r), process);
        assertEquals(200, r.status(), r.body());
        runtime.publish(key, Cards.version(r));
        String code = runtime.startAsStaff(key, CaseDriver.nationalCode()).getString("trackingCode");

        Browser.signIn(browser, base, "tehran-staff");
        browser.get(base + "workspace/case.xhtml?code=" + code);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-step")));

        // FORM: every type of field given a wrong value (or none where one is required)
        fill("step:count", "چند تا");
        fill("step:day", "۱۴۰۴/۱۳/۴۰");
        fill("step:nationalCode", "0012345678");
        fill("step:mobile", "۱۲۳");
        fill("step:fee", "گران");
        clickAndWait(browser.findElement(By.id("step:submit")));
        assertRefused("step:note", "");
        assertRefused("step:count", "چند تا");
        assertRefused("step:day", "۱۴۰۴/۱۳/۴۰");
        assertRefused("step:kind", null);
        assertRefused("step:nationalCode", "0012345678");
        assertRefused("step:mobile", "۱۲۳");
        assertRefused("step:fee", "گران");
        assertRefused("step:agreed", null);
        String summary = browser.findElement(By.id("messages")).getText();
        assertTrue(summary.contains("تعداد") && !LATIN_WORD.matcher(summary).find(), summary);
        Browser.screenshot(browser, "step-form-validation");

        fill("step:note", "درخواست آزمون");
        fill("step:count", "۳");
        fill("step:day", "۱۴۰۴/۰۸/۰۱");
        fill("step:nationalCode", CaseDriver.nationalCode());
        fill("step:mobile", "09121234567");
        fill("step:fee", "۱۰۰٬۰۰۰");
        new Select(browser.findElement(By.id("step:kind"))).selectByValue("a");
        new Select(browser.findElement(By.id("step:agreed"))).selectByValue("true");
        clickAndWait(browser.findElement(By.id("step:submit")));
        wait.until(d -> "papers".equals(d.findElement(By.id("current-step")).getAttribute("data-step")));

        // DOCUMENTS: nothing uploaded nor seen
        clickAndWait(browser.findElement(By.id("step:submit")));
        assertRefused("step:letter", null);
        new Select(browser.findElement(By.id("step:letterSeen"))).selectByValue("seen");
        clickAndWait(browser.findElement(By.id("step:submit")));
        wait.until(d -> "decide".equals(d.findElement(By.id("current-step")).getAttribute("data-step")));

        // DECISION: a field of the decision with a date that is no date
        fill("step:when", "سی‌ام اسفند");
        clickAndWait(browser.findElement(By.id("step:outcome-yes")));
        assertRefused("step:when", "سی‌ام اسفند");
        fill("step:when", "۱۴۰۴/۰۸/۰۲");
        clickAndWait(browser.findElement(By.id("step:outcome-yes")));
        wait.until(d -> "CLOSED".equals(d.findElement(By.id("status")).getAttribute("data-status")));
    }

    @Test
    void theApplicantsStepFormRefusesBadValuesBesideTheField() {
        CaseDriver runtime = new CaseDriver(new Http(base));
        String visits = runtime.publishCopyOf("prisoner-visits");
        String mobile = "0913" + (1000000 + (int) (System.nanoTime() % 8999999));
        browser.get(base + "services.xhtml");
        click("apply-" + visits);

        // the applicant's own details: a wrong national code and mobile, beside their inputs
        new Select(browser.findElement(By.id("apply:unit"))).selectByValue("tehran-greater-prison");
        fill("apply:nationalCode", "1111111111");
        fill("apply:mobile", "۰۹۱۲");
        clickAndWait(browser.findElement(By.id("apply:sendCode")));
        assertNoErrorPage();
        String summary = browser.findElement(By.id("messages")).getText();
        assertTrue(PERSIAN.matcher(summary).find() && !LATIN_WORD.matcher(summary).find(), summary);
        assertRefused("apply:nationalCode", "1111111111");
        assertRefused("apply:mobile", "۰۹۱۲");

        String nationalCode = CaseDriver.nationalCode();
        fill("apply:nationalCode", nationalCode);
        fill("apply:mobile", mobile);
        clickAndWait(browser.findElement(By.id("apply:sendCode")));
        fill("apply:code", runtime.lastCodeSentTo(mobile));
        new Select(browser.findElement(By.id("apply:unit"))).selectByValue("tehran-greater-prison");
        clickAndWait(browser.findElement(By.id("apply:start")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-step")));

        // the request step: a wrong national code and mobile, required fields left empty
        fill("step:visitorNationalCode", "0012345678");
        fill("step:mobile", "۱۲۳۴");
        fill("step:prisonerName", "رضا");
        clickAndWait(browser.findElement(By.id("step:submit")));
        assertRefused("step:visitorNationalCode", "0012345678");
        assertRefused("step:mobile", "۱۲۳۴");
        assertRefused("step:visitorName", "");
        assertRefused("step:relation", null);
        assertEquals("رضا", value("step:prisonerName"));
        Browser.screenshot(browser, "applicant-step-validation");
    }

    @Test
    void aPostWithAnExpiredViewStateReloadsThePageWithANotice() throws Exception {
        Http admin = new Http(base).as("tehran-admin");
        String key = Cards.newKey("tehran-expired");
        assertEquals(201, admin.post("/api/cards", Cards.card(key, "خدمت نشست", "هدف", "شرح")).status());

        // in the browser: the page's view state is no longer in the session
        Browser.signIn(browser, base, "tehran-admin");
        open(key, "FILLER");
        fill("editor:fillerName", "نام");
        ((JavascriptExecutor) browser).executeScript(
                "document.querySelectorAll(\"input[name='jakarta.faces.ViewState']\").forEach(i => i.value = '1:2')");
        save();
        WebElement notice = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("session-expired")));
        assertTrue(notice.getText().contains("نشست شما منقضی شد"), notice.getText());
        assertNoErrorPage();
        assertTrue(browser.getCurrentUrl().contains("key=" + key), browser.getCurrentUrl());
        assertTrue(!browser.findElements(By.id("editor:fillerName")).isEmpty(), "the same card's section is open again");

        // the session itself gone: the sign-in page (never the error page), then the page again
        browser.manage().deleteCookieNamed("JSESSIONID");
        fill("editor:fillerName", "نام دیگر");
        save();
        assertNoErrorPage();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("j_username"))).sendKeys("tehran-admin");
        browser.findElement(By.id("j_password")).sendKeys(Http.DEMO_PASSWORD);
        clickAndWait(browser.findElement(By.id("login-submit")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
        assertNoErrorPage();

        // over HTTP: a plain post answers a redirect, an AJAX post a partial-response redirect, never 500
        Http session = new Http(base).signedIn("tehran-admin");
        String form = "editor=editor&key=" + key + "&section=FILLER&editor%3Asave=x&jakarta.faces.ViewState=1%3A2";
        Http.Reply plain = session.send(HttpRequest.newBuilder(URI.create(base + "workspace/edit.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
        assertTrue(plain.status() == 302 || plain.status() == 303, plain.status() + " " + plain.body());
        Http.Reply ajax = session.send(HttpRequest.newBuilder(URI.create(base + "workspace/edit.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString(form + "&jakarta.faces.partial.ajax=true")));
        assertEquals(200, ajax.status(), ajax.body());
        assertTrue(ajax.body().contains("<redirect url=") && ajax.body().contains("expired=true"), ajax.body());
        Http.Reply reloaded = session.send(HttpRequest.newBuilder(URI.create(base + "workspace/edit.xhtml?expired=true&key="
                + key + "&section=FILLER")).GET());
        assertEquals(200, reloaded.status());
        assertTrue(reloaded.body().contains("نشست شما منقضی شد"));
    }

    @Test
    void theCardFileUploadTakesACardFileAndRefusesAnotherKindInPersian() throws IOException {
        Browser.signIn(browser, base, "tehran-admin");
        browser.get(base + "workspace/index.xhtml");
        // not a card file: PrimeFaces' upload refuses its kind, in the browser or on the server, and nothing comes in
        Path notes = Files.createTempFile("notes", ".txt");
        Files.writeString(notes, "یادداشت");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#import input[type=file]")))
                .sendKeys(notes.toString());
        clickAndWait(browser.findElement(By.id("import:importButton")));
        String refused = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary"))).getText();
        assertTrue(Pattern.compile("[\u0600-\u06FF]").matcher(refused).find() && !refused.contains("notes"), refused);
        assertTrue(refused.contains("ورود شناسنامه از پرونده JSON: "), "the summary names the field: " + refused);
        // a card file comes in as a new card
        String key = Cards.newKey("tehran-upload");
        Path card = Files.createTempFile(key, ".json");
        Files.writeString(card, Cards.card(key, "خدمت از پرونده", "هدف خدمت", "شرح خدمت"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#import input[type=file]")))
                .sendKeys(card.toString());
        clickAndWait(browser.findElement(By.id("import:importButton")));
        assertTrue(notice().contains("وارد شد"), notice());
        assertEquals(200, new Http(base).as("tehran-admin").get("/api/cards/" + key).status());
    }

    @Test
    void aControlCharacterPastedIntoAFieldIsDroppedAndTheRestSaved() {
        // a NUL cannot be stored in PostgreSQL's text columns (the card's title is one): the page drops it
        Browser.signIn(browser, base, "tehran-admin");
        browser.get(base + "workspace/edit.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("editor:key")));
        String key = Cards.newKey("tehran-control");
        fill("editor:key", key);
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                browser.findElement(By.id("editor:title")), "کتاب\u0000خانه\u0007 سیار");
        save();
        assertTrue(notice().contains("ذخیره شد"), notice());
        assertEquals("کتابخانه سیار", Cards.form(new Http(base).as("tehran-admin").get("/api/cards/" + key))
                .getJsonObject("identification").getString("title"));
    }

    @Test
    void aSaveOfOneSectionLeavesEveryOtherStoredAnswerAsItWas() {
        Http admin = new Http(base).as("tehran-admin");
        String key = Cards.newKey("tehran-unknowns");
        String card = "{\"formatVersion\":1,\"key\":\"" + key + "\",\"summary\":\"هدف خدمت\","
                + "\"identification\":{\"title\":\"خدمت نامشخص‌ها\",\"executiveAgency\":\"prisons-organization\"},"
                + "\"specification\":{\"description\":\"شرح\",\"serviceTypes\":[\"G2C\"],\"levels\":[],\"startTriggers\":null,"
                + "\"relatedEvents\":null,\"requiredDocuments\":[],\"legalBasis\":null},"
                + "\"details\":{\"recipients\":12,\"fees\":null,\"feesPaidElectronically\":null,"
                + "\"frequency\":{\"onceForever\":null,\"times\":null,\"period\":null}},"
                + "\"access\":{\"webAddress\":null,\"information\":{\"mode\":null,\"channels\":null,\"presenceReasons\":[]}},"
                + "\"systemLinks\":[],\"agencyLinks\":null,\"processTitles\":null,\"processDiagram\":null,"
                + "\"filler\":{\"name\":\"علی رضایی\",\"phone\":null}}";
        Http.Reply created = admin.post("/api/cards", card);
        assertEquals(201, created.status(), created.body());
        String stored = admin.get("/api/cards/" + key + "/json").body();
        JsonObject before = parse(stored);
        assertTrue(before.getJsonObject("specification").isNull("startTriggers"), stored);

        Browser.signIn(browser, base, "tehran-admin");
        for (String section : List.of("IDENTIFICATION", "SPECIFICATION", "DETAILS", "ACCESS", "SYSTEM_LINKS",
                "AGENCY_LINKS", "PROCESS", "FILLER")) {
            open(key, section);
            save();
            assertTrue(notice().contains("ذخیره شد"), section + ": " + notice());
            assertEquals(stored, admin.get("/api/cards/" + key + "/json").body(),
                    "a save of " + section + " without a change changes nothing stored");
        }

        // a change in §5 changes only that answer
        open(key, "DETAILS");
        fill("editor:recipients", "۷");
        save();
        assertTrue(notice().contains("ذخیره شد"), notice());
        JsonObject after = parse(admin.get("/api/cards/" + key + "/json").body());
        for (String part : before.keySet()) {
            if (!"details".equals(part)) {
                assertEquals(String.valueOf(before.get(part)), String.valueOf(after.get(part)), part);
            }
        }
        for (String field : before.getJsonObject("details").keySet()) {
            if (!"recipients".equals(field)) {
                assertEquals(String.valueOf(before.getJsonObject("details").get(field)),
                        String.valueOf(after.getJsonObject("details").get(field)), "details." + field);
            }
        }
        assertEquals(7, after.getJsonObject("details").getInt("recipients"));

        // the card still says «نامشخص» for the untouched unknown choice group
        browser.get(base + "card.xhtml?id=" + key);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("card-title")));
        assertTrue(parse(admin.get("/api/cards/" + key + "/json").body()).getJsonObject("specification")
                .isNull("startTriggers"));
    }

    /* ---- helpers ---- */

    private void open(String key, String section) {
        browser.get(base + "workspace/edit.xhtml?key=" + key + "&section=" + section);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("editor:save")));
    }

    /**
     * A section's table given a new row with one input filled and a required one left empty: the save is refused
     * beside the empty input, and what was typed is kept. The inputs are named without the form's {@code editor:}.
     */
    private void assertRowRefusedWithout(String key, String section, String addRow, String empty, String filled,
                                         String typed) {
        open(key, section);
        clickAndWait(browser.findElement(By.id("editor:" + addRow)));
        fill("editor:" + filled, typed);
        save();
        assertRefused("editor:" + empty, "");
        assertEquals(typed, value("editor:" + filled));
    }

    private void save() {
        click("editor:save");
    }

    private String value(String id) {
        return browser.findElement(By.id(id)).getAttribute("value");
    }

    /**
     * The input's message beside it is in Persian and names no Latin field id or code; the input still holds what
     * was typed ({@code typed}, unless null); no error page. Returns the message.
     */
    private String assertRefused(String inputId, String typed) {
        WebElement beside = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(inputId + "Message")));
        String message = beside.getText();
        assertTrue(PERSIAN.matcher(message).find(), inputId + ": no Persian message beside the field: '" + message + "'");
        String withoutInput = typed == null ? message : message.replace(typed, "");
        assertFalse(LATIN_WORD.matcher(withoutInput).find(), inputId + ": Latin text on a Persian screen: " + message);
        if (typed != null) {
            assertEquals(typed, value(inputId), inputId + ": what was typed is kept");
        }
        // the error pattern: one summary on top under its heading, the same message linked to the field, which says
        // it is invalid to assistive technology
        WebElement summary = browser.findElement(By.id("messages"));
        assertEquals("مشکلی پیش آمد", summary.findElement(By.id("error-summary-title")).getText());
        List<WebElement> links = summary.findElements(By.cssSelector("a[href='#" + inputId + "']"));
        assertEquals(1, links.size(), inputId + ": one link to the field in the summary: " + summary.getText());
        assertTrue(links.get(0).getText().contains(message), inputId + ": the summary says what is beside the field: "
                + links.get(0).getText());
        WebElement input = browser.findElement(By.id(inputId));
        assertTrue("true".equals(input.getAttribute("aria-invalid"))
                        || !input.findElements(By.cssSelector("[aria-invalid='true']")).isEmpty(),
                inputId + ": aria-invalid");
        assertNoErrorPage();
        return message;
    }

    private void assertNoErrorPage() {
        assertTrue(browser.findElements(By.cssSelector(".error-page")).isEmpty(), "the error page: " + browser.getCurrentUrl());
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
