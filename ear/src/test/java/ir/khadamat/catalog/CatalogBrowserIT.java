package ir.khadamat.catalog;

import ir.khadamat.persian.AlphabeticalOrder;
import ir.khadamat.persian.Iran;
import ir.khadamat.testing.Browser;
import ir.khadamat.testing.BrowserTest;
import ir.khadamat.testing.Cards;
import ir.khadamat.testing.CaseDriver;
import ir.khadamat.testing.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The catalogue as a person uses it, in headless Chromium: browse, search with Arabic letters, open a card; the public
 * reads a card as its service page, reviewers as the annex-1 form.
 */
class CatalogBrowserIT extends BrowserTest {

    private static final List<String> OTHER_SEED_TITLES = List.of("آموزش زندانیان (حرفه آموزی- کلاسیک)",
            "اشتغال زندانیان", "خدمات حمایتی", "مبادله زندانیان", "پذیرش و نگهداری زندانیان", "خدمات قضایی زندانیان");

    @BeforeEach
    void signIn() {
        Browser.signIn(browser, base, "reviewer"); // the seed cards wait for review: reviewers see them
    }

    private List<String> suggestions() {
        return browser.findElements(By.cssSelector(".ui-autocomplete-panel li")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).toList();
    }

    private List<String> resultTitles() {
        return browser.findElements(By.cssSelector(".card-result .card-title")).stream().map(WebElement::getText).toList();
    }

    @Test
    void searchWithArabicLettersAndOpenTheVisitsCard() {
        browser.get(base + "index.xhtml?size=100"); // other tests publish copies of the seed cards
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".card-result")));
        assertEquals("rtl", browser.findElement(By.tagName("html")).getAttribute("dir"));
        assertEquals("fa", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(resultTitles().containsAll(List.of("آموزش زندانیان (حرفه آموزی- کلاسیک)", "اشتغال زندانیان",
                "خدمات حمایتی", "مبادله زندانیان", "ملاقات زندانیان با خانواده", "پذیرش و نگهداری زندانیان",
                "خدمات قضایی زندانیان")), resultTitles().toString());
        assertTrue(browser.findElement(By.id("total")).getText().matches("[۰-۹]+ خدمت"), "count in Persian digits");
        Browser.screenshot(browser, "catalogue");
        // the search box suggests, as one types, the titles of the services one can find that hold the letters typed
        // (Arabic kaf and all, with or without the space), in Persian alphabetical order: published copies of two seed
        // cards; choosing one searches for it
        CaseDriver publisher = new CaseDriver(new Http(base));
        publisher.publishCopyOf("prisoner-visits");
        publisher.publishCopyOf("prisoner-employment");
        browser.navigate().refresh();
        WebElement box = wait.until(ExpectedConditions.elementToBeClickable(By.id("search:q_input")));
        box.sendKeys("زندان\u064Aان");
        wait.until(d -> suggestions().contains("ملاقات زندانیان با خانواده"));
        List<String> suggested = suggestions();
        assertTrue(suggested.containsAll(List.of("ملاقات زندانیان با خانواده", "اشتغال زندانیان")), suggested.toString());
        assertTrue(suggested.indexOf("اشتغال زندانیان") < suggested.indexOf("ملاقات زندانیان با خانواده"), suggested.toString());
        Browser.screenshot(browser, "catalogue-suggestions");
        browser.findElement(By.cssSelector(".ui-autocomplete-panel li[data-item-value='اشتغال زندانیان']")).click();
        wait.until(ExpectedConditions.stalenessOf(box));
        wait.until(ExpectedConditions.urlContains("q=" + Http.encode("اشتغال زندانیان")));
        assertEquals("اشتغال زندانیان", browser.findElement(By.id("search:q_input")).getAttribute("value"));
        assertTrue(resultTitles().contains("اشتغال زندانیان"), resultTitles().toString());

        // «ملاقات زندانيان» as an Arabic keyboard types it: Arabic yeh (U+064A)
        WebElement q = browser.findElement(By.id("search:q_input"));
        q.clear();
        q.sendKeys("ملاقات زندان\u064Aان", Keys.ENTER);
        wait.until(ExpectedConditions.stalenessOf(q));
        wait.until(d -> resultTitles().contains("ملاقات زندانیان با خانواده"));
        assertTrue(resultTitles().stream().noneMatch(OTHER_SEED_TITLES::contains), resultTitles().toString());
        // the words found are marked in the title as it is written, Persian yeh and all
        String marks = browser.findElements(By.cssSelector(".card-result .card-title mark")).stream()
                .map(WebElement::getText).toList().toString();
        assertTrue(marks.contains("ملاقات") && marks.contains("زندانیان"), "marked words: " + marks);
        Browser.screenshot(browser, "search-arabic-yeh");

        // a ZWNJ, a space or nothing between the parts of a word: the same results, the word marked
        for (String typed : List.of("حرفه\u200Cآموزی", "حرفه آموزی", "حرفهآموزی")) {
            browser.get(base + "index.xhtml?q=" + Http.encode(typed));
            wait.until(d -> resultTitles().contains("آموزش زندانیان (حرفه آموزی- کلاسیک)"));
            assertTrue(browser.findElements(By.cssSelector(".card-result .card-title mark")).stream()
                    .anyMatch(m -> m.getText().equals("حرفه آموزی")), typed);
        }

        // «كار» with Arabic kaf (U+0643) finds the employment card
        q = browser.findElement(By.id("search:q_input"));
        q.clear();
        q.sendKeys("\u0643ار", Keys.ENTER);
        wait.until(d -> resultTitles().contains("اشتغال زندانیان"));

        browser.get(base + "index.xhtml?q=" + Http.encode("ملاقات"));
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("ملاقات زندانیان با خانواده"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("card-title")));
        assertEquals("ملاقات زندانیان با خانواده", browser.findElement(By.id("card-title")).getText());
        for (String section : List.of("s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10")) {
            assertFalse(browser.findElements(By.id(section)).isEmpty(), "section " + section);
        }
        assertTrue(browser.findElement(By.cssSelector("#s2 .unknown")).isDisplayed(), "the service ID is unknown");
        assertTrue(browser.findElement(By.id("score")).getText().matches("[۰-۹]+٪"), "completeness in Persian digits");
        assertTrue(browser.findElement(By.id("s8")).getText().contains("اطلاعات قضایی زندانی-صلاحیت اشتغال"));
        Browser.screenshot(browser, "card-visits");
    }

    @Test
    void theResultsAreATableSortedAndPagedByTheServer() {
        Comparator<String> persian = AlphabeticalOrder.of(Iran.PERSIAN);
        browser.get(base + "index.xhtml?size=3");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".card-result")));
        List<String> first = resultTitles();
        assertEquals(3, first.size());
        assertEquals(first.stream().sorted(persian).toList(), first, "Persian alphabetical order");
        // the next page: the cards after them, the address's page size kept
        browser.findElement(By.cssSelector("#catalog-results\\:cards .ui-paginator-next")).click();
        wait.until(d -> "3".equals(firstRowIndex()));
        assertEquals(3, resultTitles().size());
        assertTrue(persian.compare(first.get(2), resultTitles().get(0)) <= 0, first + " then " + resultTitles());
        // by title, then the other way: the server sorts the whole catalogue, not the page on screen
        titleHeader().click();
        wait.until(d -> "ascending".equals(titleHeader().getAttribute("aria-sort")));
        titleHeader().click();
        wait.until(d -> "descending".equals(titleHeader().getAttribute("aria-sort")));
        List<String> last = resultTitles();
        assertEquals(last.stream().sorted(persian.reversed()).toList(), last);
        assertTrue(persian.compare(last.get(0), first.get(2)) > 0, last + " vs " + first);
        // a bookmark of a page opens that page
        browser.get(base + "index.xhtml?size=3&page=1");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".card-result")));
        assertEquals("3", firstRowIndex());

        // a visitor without a session pages through the same search, statelessly, in the catalogue's order: the
        // public sees published cards (two published here, whatever the other tests published)
        CaseDriver publisher = new CaseDriver(new Http(base));
        publisher.publishCopyOf("prisoner-visits");
        publisher.publishCopyOf("prisoner-visits");
        browser.manage().deleteAllCookies();
        browser.get(base + "index.xhtml?size=1&q=" + Http.encode("زندانیان"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".card-result")));
        assertTrue(browser.findElements(By.cssSelector("th.ui-sortable-column")).isEmpty(), "no order to forget");
        browser.findElement(By.cssSelector("#catalog-results\\:cards .ui-paginator-next")).click();
        wait.until(d -> "1".equals(firstRowIndex()));
        assertFalse(browser.findElements(By.cssSelector(".card-result mark")).isEmpty(),
                "still the search for «زندانیان»: its word marked");
        assertTrue(browser.manage().getCookies().stream().noneMatch(c -> c.getName().equals("JSESSIONID")),
                "no session for a visitor: " + browser.manage().getCookies());
    }

    @Test
    void aSearchLongerThanTheCatalogueTakesIsRefusedBesideTheBoxTheWordsKept() {
        browser.get(base + "index.xhtml");
        WebElement box = wait.until(ExpectedConditions.elementToBeClickable(By.id("search:q_input")));
        // the box's maxlength stops a keyboard; a crafted page or an old browser may send more
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].removeAttribute('maxlength')", box);
        String words = "زندان ".repeat(40) + "ملاقات"; // 246 characters
        box.sendKeys(words, Keys.ENTER);
        WebElement message = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search:qMessage")));
        assertTrue(message.getText().contains("بیش از اندازه"), message.getText());
        assertEquals(words, browser.findElement(By.id("search:q_input")).getAttribute("value"), "the words kept");
        // the box names its message for a screen reader (PrimeFaces points it at the message's text)
        String describedBy = browser.findElement(By.id("search:q_input")).getAttribute("aria-describedby");
        assertTrue(describedBy.startsWith("search:qMessage"), describedBy);
        assertTrue(browser.findElement(By.id(describedBy)).getText().contains("بیش از اندازه"), describedBy);
        assertTrue(browser.findElement(By.cssSelector(".error-summary a[href='#search:q_input'], .error-summary a"))
                .getText().contains("بیش از اندازه"), "the summary names it too");
        assertFalse(browser.getCurrentUrl().contains("q="), browser.getCurrentUrl());
        Browser.screenshot(browser, "catalogue-search-too-long");
    }

    private String firstRowIndex() {
        return browser.findElement(By.cssSelector(".card-result")).getAttribute("data-ri");
    }

    private WebElement titleHeader() {
        return browser.findElement(By.cssSelector("#catalog-results\\:cards th.ui-sortable-column"));
    }

    @Test
    void facetsFilterAndEnglishIsTheSecondLanguage() {
        browser.get(base + "index.xhtml");
        WebElement unknownType = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#facet-type a[data-value='unknown']")));
        assertTrue(unknownType.getText().contains("نامشخص"));
        unknownType.click();
        wait.until(ExpectedConditions.urlContains("type=unknown"));
        assertTrue(resultTitles().size() >= 7, "the seed lost every service type");
        assertTrue(browser.findElement(By.cssSelector(".active-filters")).getText().contains("نامشخص"));

        // a value that is not a service type: a Persian message and the whole catalogue, no error page
        browser.get(base + "index.xhtml?type=G9C");
        assertTrue(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error"))).getText().contains("معتبر نیست"));
        assertTrue(resultTitles().size() >= 7);

        browser.findElement(By.cssSelector("#facet-agency a")).click();
        wait.until(ExpectedConditions.urlContains("agency=prisons-organization"));
        assertTrue(resultTitles().size() >= 7);
        assertTrue(browser.findElement(By.cssSelector(".active-filters .chip")).getAttribute("href")
                .endsWith("/index.xhtml"), "removing the only filter leads to the plain catalogue");

        browser.findElement(By.cssSelector(".lang-switch")).click(); // a link: the same page and query, in English
        wait.until(d -> "ltr".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(browser.getCurrentUrl().contains("agency=prisons-organization"), browser.getCurrentUrl());
        assertTrue(browser.findElement(By.id("facet-type")).getText().contains("unknown"));
        Browser.screenshot(browser, "catalogue-english");
    }

    @Test
    void thePublicReadsAServicePageAndReviewersTheForm() {
        CaseDriver runtime = new CaseDriver(new Http(base));
        String visits = runtime.publishCopyOf("prisoner-visits", Cards::withFeeTimeAndChannels);
        String admission = runtime.publishCopyOf("prisoner-admission"); // staff start it: no button for the public
        browser.manage().deleteAllCookies(); // a visitor

        browser.get(base + "card.xhtml?id=" + visits);
        WebElement page = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("service")));
        assertEquals("ملاقات زندانیان با خانواده", browser.findElement(By.id("card-title")).getText());
        assertTrue(browser.findElement(By.id("service-audience")).getText().contains("زندانیان و خانواده های انها"));
        assertTrue(browser.findElement(By.id("service-documents")).getText().contains("روئيت كارت شناسائي معتبر"));
        assertEquals("۱٬۲۵۰٬۰۰۰ ریال", browser.findElement(By.cssSelector("#service-fees .fee")).getText(),
                "the fee in Persian digits, grouped");
        assertEquals("۳ روز کاری", browser.findElement(By.cssSelector("#service-time p")).getText());
        assertTrue(browser.findElement(By.id("service-ways")).getText().contains("پيام کوتاه"));
        assertFalse(page.getText().contains("نامشخص"), "nothing unknown on the service page");
        assertTrue(browser.findElements(By.cssSelector(".unknown, .none, #s1, #completeness, a.json")).isEmpty());
        WebElement apply = browser.findElement(By.id("apply"));
        assertEquals("درخواست خدمت", apply.getText());
        Browser.screenshot(browser, "service-page");
        clickAndWait(apply);
        assertTrue(browser.getCurrentUrl().contains("apply.xhtml?card=" + visits), browser.getCurrentUrl());
        assertEquals("ملاقات زندانیان با خانواده", browser.findElement(By.id("service-title")).getText());

        browser.get(base + "card.xhtml?id=" + admission);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("service")));
        assertTrue(browser.findElements(By.id("apply")).isEmpty(), "staff start the admission");
        assertTrue(browser.findElement(By.id("not-online")).isDisplayed());
        assertTrue(browser.findElement(By.id("go-to-agency")).getText().contains("سازمان زندانها"), "where to go");
        assertTrue(browser.findElement(By.id("service-ways")).getText().contains("حضور فیزیکی جهت ملاقات گذراندن دوره محکومیت"),
                "how to get it: in person");
        assertTrue(browser.findElements(By.id("service-fees")).isEmpty(), "the seed does not say what it costs");
        Browser.screenshot(browser, "service-page-in-person");
        click("card-form"); // the annex-1 form stays public for a published card
        assertFalse(browser.findElements(By.id("s10")).isEmpty());
        assertTrue(browser.findElement(By.id("completeness")).isDisplayed());

        browser.get(base + "card.xhtml?id=" + visits);
        browser.findElement(By.cssSelector(".lang-switch")).click();
        wait.until(d -> "ltr".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
        assertEquals("Apply for this service", browser.findElement(By.id("apply")).getText());
        assertEquals("1,250,000 rials", browser.findElement(By.cssSelector("#service-fees .fee")).getText());
        browser.manage().deleteAllCookies();

        Browser.signIn(browser, base, "reviewer");
        browser.get(base + "card.xhtml?id=" + visits);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("completeness")));
        for (String section : List.of("s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10")) {
            assertFalse(browser.findElements(By.id(section)).isEmpty(), "section " + section);
        }
        assertTrue(browser.findElements(By.id("service")).isEmpty(), "a reviewer gets the annex-1 form");
        assertTrue(browser.findElement(By.id("s5")).getText().contains("۱٬۲۵۰٬۰۰۰ ریال"));
        click("service-page");
        assertTrue(browser.findElement(By.id("apply")).isDisplayed(), "and the service page as the public sees it");
    }

    @Test
    void anUnknownCardIsAFriendlyPage() {
        browser.get(base + "card.xhtml?id=no-such-card");
        WebElement message = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-message")));
        assertTrue(message.getText().contains("پیدا نشد"), message.getText());
    }
}
