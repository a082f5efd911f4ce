package ir.khadamat.catalog;

import ir.khadamat.testing.Browser;
import ir.khadamat.testing.BrowserTest;
import ir.khadamat.testing.CaseDriver;
import ir.khadamat.testing.Cards;
import ir.khadamat.testing.Http;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The service designer in headless Chromium: headquarters builds a new service's process on screen from an empty
 * card — a form with a national code and a Jalali date, a document, a decision — seeing each problem in Persian
 * beside its step, saves it with its problems as a draft (which cannot be submitted), mends them, sees each step's
 * generated screen in the preview, saves it; the card is submitted, approved and published; staff run a case of it
 * on the screens generated from that definition; and a second version's process change shows in the diff.
 */
class DesignerBrowserIT extends BrowserTest {

    /** The element of a step on the designer's page (found again after each change redraws the form). */
    private WebElement step(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.designer-step[data-step='" + id + "']")));
    }

    /** Does something that posts the designer's form (every change does), and waits until the page is back. */
    private void redraw(Runnable change) {
        WebElement old = browser.findElement(By.tagName("html"));
        change.run();
        wait.until(d -> gone(old));
        wait.until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("designer")));
    }

    /** Types a whole value into a field, as a paste would: its change posts the form. */
    private void type(WebElement input, String text) {
        redraw(() -> ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'))", input, text));
    }

    private void choose(WebElement select, String value) {
        redraw(() -> new Select(select).selectByValue(value));
    }

    private List<String> problems(String stepId) {
        return step(stepId).findElements(By.cssSelector(".designer-problem")).stream().map(WebElement::getText).toList();
    }

    @Test
    void headquartersDesignsAServiceThatStaffThenRun() {
        String key = Cards.newKey("designed");
        Http hq = new Http(base).as("hq-admin");
        Http.Reply imported = hq.post("/api/cards/import", Cards.card(key, "خدمت طراحی‌شده", "هدف آزمون", "شرح آزمون"));
        assertEquals(200, imported.status(), imported.body());

        Browser.signIn(browser, base, "hq-admin");
        browser.get(base + "workspace/edit.xhtml?key=" + key + "&section=PROCESS");
        clickAndWait(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[id$='open-designer']"))));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("designer")));
        assertEquals("rtl", browser.findElement(By.tagName("html")).getAttribute("dir"));
        // no definition yet: drawn from the card (no §10 diagram: one step of staff's, then the end)
        assertEquals(List.of("do", "end"), browser.findElements(By.cssSelector("li.designer-step")).stream()
                .map(e -> e.getAttribute("data-step")).toList());

        // the form: its title, its note made the applicant's national code, and a Jalali date beside it
        type(step("do").findElement(By.cssSelector("input[id$=':title']")), "ثبت درخواست");
        WebElement note = step("do").findElement(By.cssSelector(".designer-field[data-field='note']"));
        type(note.findElement(By.cssSelector("input[id$=':label']")), "کد ملی متقاضی");
        choose(step("do").findElement(By.cssSelector(".designer-field[data-field='note'] select[id$=':type']")), "NATIONAL_CODE");
        redraw(() -> step("do").findElement(By.cssSelector(".designer-field[data-field='note'] input[id$=':required']")).click());
        type(step("do").findElement(By.cssSelector(".designer-field[data-field='note'] input[id$=':help']")), "ده رقم روی کارت ملی");
        redraw(() -> step("do").findElement(By.cssSelector("input[id$=':addField']")).click());
        type(step("do").findElement(By.cssSelector(".designer-field[data-field='field-1'] input[id$=':label']")), "تاریخ درخواست");
        choose(step("do").findElement(By.cssSelector(".designer-field[data-field='field-1'] select[id$=':type']")), "JALALI_DATE");

        // a document, before the end
        new Select(browser.findElement(By.cssSelector("select[id$='newKind']"))).selectByValue("DOCUMENTS"); // read by "add"
        redraw(() -> browser.findElement(By.cssSelector("input[id$='addStep']")).click());
        assertTrue(problems("step-1").contains("مرحله بعد روشن نیست"), "a new step leads nowhere yet: " + problems("step-1"));
        type(step("step-1").findElement(By.cssSelector("input[id$=':title']")), "بررسی تصویر کارت ملی");
        redraw(() -> step("step-1").findElement(By.cssSelector("input[id$=':addField']")).click());
        type(step("step-1").findElement(By.cssSelector(".designer-field[data-field='field-1'] input[id$=':label']")), "تصویر کارت ملی");
        choose(step("step-1").findElement(By.cssSelector(".designer-field[data-field='field-1'] select[id$=':type']")), "FILE");
        redraw(() -> step("step-1").findElement(By.cssSelector(".designer-field[data-field='field-1'] input[id$=':required']")).click());
        choose(step("do").findElement(By.cssSelector("select[id$=':next']")), "step-1");

        // a decision, its problem in Persian beside it until it has two outcomes
        new Select(browser.findElement(By.cssSelector("select[id$='newKind']"))).selectByValue("DECISION"); // read by "add"
        redraw(() -> browser.findElement(By.cssSelector("input[id$='addStep']")).click());
        assertTrue(problems("step-2").contains("تصمیم دست‌کم دو نتیجه لازم دارد"), problems("step-2").toString());

        // saved with its problems, as the draft's work in progress: kept, but the card cannot be submitted
        clickAndWait(browser.findElement(By.cssSelector("input[id$='save']")));
        assertEquals("تعریف با مشکل‌هایش به صورت پیش‌نویس ذخیره شد؛ شناسنامه پس از رفع آن‌ها فرستادنی است.",
                browser.findElement(By.id("designer-notice")).getText());
        Http.Reply refused = hq.post("/api/cards/" + key + "/submit?basedOn=" + Cards.version(hq.get("/api/cards/" + key)), null);
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("\"process\""), "the problem names the process: " + refused.body());
        browser.get(base + "workspace/designer.xhtml?key=" + key); // opened again: the draft as it was left
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("designer")));
        assertEquals(List.of("do", "step-1", "step-2", "end"), browser.findElements(By.cssSelector("li.designer-step")).stream()
                .map(e -> e.getAttribute("data-step")).toList());
        assertTrue(problems("step-2").contains("تصمیم دست‌کم دو نتیجه لازم دارد"), problems("step-2").toString());
        type(step("step-2").findElement(By.cssSelector("input[id$=':title']")), "تصمیم درباره درخواست");
        choose(step("step-1").findElement(By.cssSelector("select[id$=':next']")), "step-2");
        for (String outcome : List.of("پذیرفته شد", "پذیرفته نشد")) {
            redraw(() -> step("step-2").findElement(By.cssSelector("input[id$=':addOutcome']")).click());
            List<WebElement> rows = step("step-2").findElements(By.cssSelector(".designer-outcome"));
            type(rows.get(rows.size() - 1).findElement(By.cssSelector("input[id$=':outcomeLabel']")), outcome);
            rows = step("step-2").findElements(By.cssSelector(".designer-outcome"));
            choose(rows.get(rows.size() - 1).findElement(By.cssSelector("select[id$=':outcomeTo']")), "end");
        }
        assertEquals(List.of(), browser.findElements(By.cssSelector(".designer-problem")).stream().map(WebElement::getText).toList());
        assertEquals("تعریف مشکلی ندارد: می‌توان آن را ذخیره کرد و با شناسنامه برای بررسی فرستاد.",
                browser.findElement(By.id("designer-state")).getText());
        assertNotNull(browser.findElement(By.cssSelector("[id$='designer-diagram'] svg")), "the diagram drawn again");

        // a condition on the form: a date of the year ۱۴۰۰ goes straight to the end (this case's does not)
        redraw(() -> step("do").findElement(By.cssSelector("input[id$=':addCondition']")).click());
        choose(step("do").findElement(By.cssSelector(".designer-condition select[id$=':when']")), "field-1");
        type(step("do").findElement(By.cssSelector(".designer-condition input[id$=':equals']")), "1400-01-01");
        choose(step("do").findElement(By.cssSelector(".designer-condition select[id$=':conditionTo']")), "end");
        assertEquals(List.of(), browser.findElements(By.cssSelector(".designer-problem")).stream().map(WebElement::getText).toList());

        // the preview: the first step's screen as staff will see it, its help beside the national code
        WebElement preview = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("designer-preview-screen")));
        assertEquals("do", preview.getAttribute("data-step"));
        assertTrue(preview.getText().contains("کد ملی متقاضی *"), preview.getText());
        assertTrue(preview.getText().contains("ده رقم روی کارت ملی"), preview.getText());
        assertEquals("ltr", preview.findElement(By.cssSelector("[data-field='note'] input")).getAttribute("dir"));
        assertFalse(preview.findElement(By.cssSelector("[data-field='note'] input")).isEnabled(), "nothing in the preview is sent");
        redraw(() -> step("step-2").findElement(By.cssSelector("input[id$=':preview']")).click());
        preview = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("designer-preview-screen")));
        assertEquals("step-2", preview.getAttribute("data-step"));
        assertEquals(List.of("پذیرفته شد", "پذیرفته نشد"), preview.findElements(By.cssSelector("button")).stream()
                .map(WebElement::getText).toList());
        Browser.screenshot(browser, "designer");
        clickAndWait(browser.findElement(By.cssSelector("input[id$='save']")));
        assertEquals("تعریف با پیش‌نویس شناسنامه ذخیره شد.", browser.findElement(By.id("designer-notice")).getText());

        // as stored: the kinds in order, the fields typed
        JsonObject process = hq.get("/api/cards/" + key + "/process").json();
        assertEquals(List.of("FORM", "DOCUMENTS", "DECISION", "END"), process.getJsonArray("steps").getValuesAs(JsonObject.class)
                .stream().map(s -> s.getString("kind")).toList());
        assertEquals(List.of("NATIONAL_CODE", "JALALI_DATE"), process.getJsonArray("steps").getJsonObject(0)
                .getJsonArray("fields").getValuesAs(JsonObject.class).stream().map(f -> f.getString("type")).toList());
        assertEquals("ده رقم روی کارت ملی", process.getJsonArray("steps").getJsonObject(0).getJsonArray("fields")
                .getJsonObject(0).getString("help"));
        JsonObject condition = process.getJsonArray("steps").getJsonObject(0).getJsonArray("next").getJsonObject(0);
        assertEquals(List.of("field-1", "1400-01-01", "end"),
                List.of(condition.getString("when"), condition.getString("equals"), condition.getString("to")));

        // submitted, approved with a service ID and published; then staff run a case of it
        new CaseDriver(new Http(base)).publish(key, Cards.version(hq.get("/api/cards/" + key)));
        clickAndWait(browser.findElement(By.id("logout")));
        Browser.signIn(browser, base, "tehran-staff");
        browser.get(base + "workspace/inbox.xhtml");
        new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("start:service")))).selectByValue(key);
        clickAndWait(browser.findElement(By.id("start:startButton")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-step")));
        assertEquals("do", browser.findElement(By.id("current-step")).getAttribute("data-step"));
        WebElement codeInput = browser.findElement(By.id("step:note"));
        assertEquals("step:noteHelp", codeInput.getAttribute("aria-describedby"), "the help describes the input");
        assertEquals("ده رقم روی کارت ملی", browser.findElement(By.id("step:noteHelp")).getText());
        fill("step:note", "0012345678"); // a wrong check digit: refused beside the field
        fill("step:field-1", "۱۴۰۴/۰۸/۰۱");
        clickAndWait(browser.findElement(By.id("step:submit")));
        assertTrue(wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary"))).getText()
                .contains("کد ملی درست نیست"));
        fill("step:note", CaseDriver.nationalCode());
        fill("step:field-1", "۱۴۰۴/۰۸/۰۱");
        clickAndWait(browser.findElement(By.id("step:submit")));
        wait.until(d -> "step-1".equals(d.findElement(By.id("current-step")).getAttribute("data-step")));
        new Select(browser.findElement(By.id("step:field-1Seen"))).selectByValue("seen");
        clickAndWait(browser.findElement(By.id("step:submit")));
        wait.until(d -> "step-2".equals(d.findElement(By.id("current-step")).getAttribute("data-step")));
        clickAndWait(browser.findElement(By.id("step:outcome-outcome-1")));
        assertTrue(browser.findElements(By.id("current-step")).isEmpty(), "the case ended");
        assertFalse(browser.findElement(By.id("case-history")).getText().isBlank());
        Browser.screenshot(browser, "designed-case-closed");

        // the reviewer reads the process step by step on the card's page; a second version's change shows in the diff
        clickAndWait(browser.findElement(By.id("logout")));
        Browser.signIn(browser, base, "reviewer");
        browser.get(base + "card.xhtml?id=" + key);
        String steps = browser.findElement(By.cssSelector("#process-steps li[data-step='do']")).getAttribute("textContent");
        assertTrue(steps.contains("کد ملی متقاضی (کد ملی، الزامی)"), steps);
        JsonObject changed = hq.get("/api/cards/" + key + "/process").json();
        String json = changed.toString().replace("\"ثبت درخواست\"", "\"ثبت درخواست ملاقات\"");
        Http.Reply defined = hq.put("/api/cards/" + key + "/process?basedOn=" + Cards.version(hq.get("/api/cards/" + key)), json);
        assertEquals(200, defined.status(), defined.body());
        JsonObject diff = hq.get("/api/cards/" + key + "/process/diff?from=1&to=2").json();
        assertEquals(List.of("do"), diff.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("step")).toList());
        clickAndWait(browser.findElement(By.id("logout"))); // the new version is headquarters' draft, not yet the reviewer's
        Browser.signIn(browser, base, "hq-admin");
        browser.get(base + "diff.xhtml?id=" + key + "&from=1&to=2");
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#process-diff-table tr[data-step='do'][data-change='changed']")));
        assertEquals("عنوان (فارسی): ثبت درخواست", row.findElement(By.cssSelector("td.before del")).getText());
        assertEquals("عنوان (فارسی): ثبت درخواست ملاقات", row.findElement(By.cssSelector("td.after ins")).getText());
    }
}
