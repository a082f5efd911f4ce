package ir.khadamat.catalog;

import ir.khadamat.persian.AlphabeticalOrder;
import ir.khadamat.persian.Iran;
import ir.khadamat.persian.PersianDigits;
import ir.khadamat.testing.Browser;
import ir.khadamat.testing.BrowserTest;
import ir.khadamat.testing.Cards;
import ir.khadamat.testing.Http;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole journey of a card in headless Chromium: a provincial admin fills in a small new card and submits it;
 * a reviewer requests a change; the admin fixes it; the reviewer approves it with a service ID and publishes it;
 * the card appears in the public catalogue, and its PDF downloads.
 */
class CardJourneyBrowserIT extends BrowserTest {

    private void signOut() {
        click("logout");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav-login")));
    }

    @Test
    void aPersianTitleGivesTheNewCardItsKeyWhichTheAdminMayChange() {
        String digits = Long.toString(System.nanoTime() % 1_000_000);
        Browser.signIn(browser, base, "tehran-admin");
        click("new-card");
        WebElement key = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("editor:key")));
        assertEquals("tehran-", key.getAttribute("value"), "the province's part of the key is begun");
        fill("editor:title", "کتابخانه سیار " + PersianDigits.toPersian(digits));
        browser.findElement(By.id("editor:title")).sendKeys(Keys.TAB);
        String suggested = "tehran-ktabkhanh-syar-" + digits;
        wait.until(ExpectedConditions.attributeToBe(By.id("editor:key"), "value", suggested));

        // a key of the admin's own is kept when the title changes again
        fill("editor:key", suggested + "-mn");
        fill("editor:title", "کتابخانه سیار زندان " + PersianDigits.toPersian(digits));
        browser.findElement(By.id("editor:title")).sendKeys(Keys.TAB);
        click("editor:save");
        assertTrue(notice().contains("ذخیره شد"), notice());
        assertTrue(browser.getPageSource().contains(suggested + "-mn"), "the admin's key is the card's");

        // a card saved with no key at all takes the title's
        click("nav-workspace");
        click("new-card");
        fill("editor:key", "");
        fill("editor:title", "صدور گواهی " + PersianDigits.toPersian(digits));
        click("editor:save");
        assertTrue(notice().contains("ذخیره شد"), notice());
        assertTrue(browser.getPageSource().contains("tehran-sdvr-gvahy-" + digits), "the key was made on save");
        signOut();
    }

    @Test
    void aNewCardFromDraftToThePublicCatalogue() throws Exception {
        String key = Cards.newKey("tehran-journey");
        // in Persian digits, as a Persian screen writes them (the public catalogue lists it: EveryPageBrowserIT)
        String title = "کتابخانه سیار زندان " + PersianDigits.toPersian(key.substring(key.lastIndexOf('-') + 1));

        // 1. a provincial admin of Tehran writes a small card, section by section, and submits it
        Browser.signIn(browser, base, "tehran-admin");
        click("new-card");
        fill("editor:key", key);
        fill("editor:title", title);
        // typed with an Arabic keyboard (ي, ك): stored as Persian
        fill("editor:summary", "امانت كتاب به زندانيان");
        click("editor:saveNext");
        assertTrue(notice().contains("ذخیره شد"), notice());
        fill("editor:description", "کتاب‌ها هر هفته میان بندها جابه‌جا می‌شوند");
        fill("editor:documents", "درخواست کتبی\nکارت شناسایی زندانی");
        click("editor:save");
        assertTrue(notice().contains("ذخیره شد"));
        Browser.screenshot(browser, "journey-editor");

        // a wrong value gets a Persian message on top and nothing is lost
        click("editor:saveNext");
        fill("editor:recipients", "چند");
        click("editor:save");
        WebElement summary = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
        assertTrue(summary.getText().contains("عدد درستی نیست"), summary.getText());
        fill("editor:recipients", "۱٬۲۰۰");
        click("editor:save");
        assertTrue(notice().contains("ذخیره شد"));

        click("editor:toCard");
        wait.until(ExpectedConditions.textToBe(By.id("card-title"), title));
        assertTrue(browser.findElement(By.cssSelector(".summary")).getText().contains("امانت کتاب به زندانیان"),
                "Arabic letters typed are stored as Persian");
        click("author:submit");
        assertTrue(notice().contains("برای بررسی"), notice());
        signOut();

        // 2. the reviewer finds it on the desk and asks for a change on §4
        Browser.signIn(browser, base, "reviewer");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("desk-table")));
        Browser.screenshot(browser, "journey-desk");
        // the desk is a PrimeFaces table: by card, in Persian alphabetical order (ICU's collation)
        browser.findElement(By.cssSelector("#desk-table th.ui-sortable-column")).click();
        wait.until(d -> "ascending".equals(d.findElement(By.cssSelector("#desk-table th.ui-sortable-column"))
                .getAttribute("aria-sort")));
        List<String> cards = browser.findElements(By.cssSelector("#desk-table tbody tr td:first-child a")).stream()
                .map(WebElement::getText).toList();
        assertEquals(cards.stream().sorted(AlphabeticalOrder.of(Iran.PERSIAN)).toList(), cards);
        clickAndWait(wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//div[@id='desk-table']//tr[contains(@class, 'desk-row')]//a[contains(@href, 'id=" + key + "')]"))));
        wait.until(ExpectedConditions.textToBe(By.id("card-title"), title));
        new Select(browser.findElement(By.id("review:commentPath"))).selectByValue("/specification");
        fill("review:commentText", "نوع خدمت را مشخص کنید");
        click("review:requestChanges");
        assertTrue(notice().contains("درخواست اصلاح"), notice());
        signOut();

        // 3. the admin's workspace counts the comment waiting; the admin reads it, fixes the card and submits it again
        Browser.signIn(browser, base, "tehran-admin");
        browser.get(base + "workspace/index.xhtml");
        assertEquals("۱ نظر برای اصلاح", wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#cards-table tr[data-key='" + key + "'] .comments-waiting"))).getText());
        browser.get(base + "card.xhtml?id=" + key);
        assertTrue(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("comments"))).getText()
                .contains("نوع خدمت را مشخص کنید"));
        click("edit");
        clickAndWait(browser.findElements(By.cssSelector(".editor-steps a")).stream()
                .filter(e -> e.getText().startsWith("۴")).findFirst().orElseThrow());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("editor:description")));
        String beside = browser.findElement(By.id("editor:review-comments")).getText();
        assertTrue(beside.contains("نوع خدمت را مشخص کنید") && beside.contains("کارشناس سازمان برنامه و بودجه") && !beside.contains("reviewer"), "the comment beside §4: " + beside);
        browser.findElement(By.cssSelector("#editor\\:types input[value='G2C'] + label, #editor\\:types .ui-chkbox-box")).click();
        click("editor:save");
        assertTrue(notice().contains("ذخیره شد"));
        click("editor:toCard");
        click("author:submit");
        assertTrue(notice().contains("برای بررسی"));
        signOut();

        // 4. the reviewer approves it with a service ID and publishes it
        Browser.signIn(browser, base, "reviewer");
        browser.get(base + "card.xhtml?id=" + key);
        fill("review:serviceId", "۱۲۳");
        click("review:approve");
        assertTrue(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("messages"))).getText().contains("۱۱ رقم"));
        assertTrue(browser.getCurrentUrl().contains("id=" + key), "the refused post keeps the card's address: "
                + browser.getCurrentUrl());
        String serviceId = Cards.newServiceId();
        fill("review:serviceId", serviceId);
        click("review:approve");
        assertTrue(notice().contains("تأیید"), notice());
        // publishing asks first; «انصراف» leaves the card approved
        browser.findElement(By.id("review:publish")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review:confirm-no"))).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("review:confirm-no")));
        assertTrue(browser.findElement(By.id("review:publish")).isDisplayed(), "still approved, not published");
        browser.findElement(By.id("review:publish")).click();
        clickAndWait(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review:confirm-yes"))));
        assertTrue(notice().contains("منتشر شد"));
        // the history says in words what happened, by whom: no trail codes, field paths or user names
        String history = browser.findElement(By.id("history")).getText();
        assertTrue(history.contains("انتشار") && history.contains("نسخه ") && history.contains("مدیر استانی تهران")
                && history.contains("نوع خدمت"), history);
        assertFalse(Pattern.compile("version=|status=|fields=|\\[/|tehran-admin|[0-9]").matcher(history).find(), history);
        Browser.screenshot(browser, "journey-published");
        signOut();

        // 5. the public finds it in the catalogue, reads its service page, opens its annex-1 form, downloads its printout
        browser.get(base + "index.xhtml?q=" + Http.encode(title));
        clickAndWait(wait.until(ExpectedConditions.elementToBeClickable(By.linkText(title))));
        wait.until(ExpectedConditions.textToBe(By.id("card-title"), title));
        assertTrue(browser.findElements(By.id("apply")).isEmpty(), "a card running its §10 diagram is staff's");
        click("card-form");
        wait.until(ExpectedConditions.textToBe(By.id("card-title"), title));
        assertTrue(browser.findElement(By.id("s2")).getText().contains(
                serviceId.chars().mapToObj(c -> String.valueOf((char) ('۰' + (c - '0')))).reduce("", String::concat)));
        String pdfLink = browser.findElement(By.id("pdf")).getAttribute("href");
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pdfLink)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertArrayEquals("%PDF".getBytes(), Arrays.copyOf(pdf.body(), 4));
        Browser.screenshot(browser, "journey-public");
    }
}
