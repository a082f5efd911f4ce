package ir.khadamat.testing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/**
 * A browser test, calling the application from outside as a {@link ClientTest}: a fresh headless Chromium for each
 * test, a picture of its last page in target/screenshots, and the few gestures every browser test makes (type into
 * an input, click what loads a page, read the notice).
 */
public abstract class BrowserTest extends ClientTest {

    protected WebDriver browser;
    protected WebDriverWait wait;

    @BeforeEach
    protected void openBrowser() {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        // a click may load a new page under the wait; Chromium then says "stale" or "node does not belong to the document"
        wait.ignoring(StaleElementReferenceException.class).ignoring(WebDriverException.class);
    }

    /** Clicks what loads a new page, and waits until it has replaced the old one and finished loading. */
    protected void clickAndWait(WebElement target) {
        WebElement old = browser.findElement(By.tagName("html"));
        target.click();
        wait.until(d -> gone(old));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Clicks the button or link with this id once it can be clicked, and waits until the page it loads is there. */
    protected void click(String id) {
        clickAndWait(wait.until(ExpectedConditions.elementToBeClickable(By.id(id))));
    }

    /**
     * Types into the input with this id once it is on the page, replacing what it held (a text over 100 characters
     * is set at once, as typing it would take long; an empty text leaves the input empty). A field of a generated
     * step form has the id {@code step:<field name>}.
     */
    protected void fill(String id, String text) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        if (text.length() > 100) {
            ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", input, text);
        } else {
            input.clear();
            if (!text.isEmpty()) {
                input.sendKeys(text);
            }
        }
    }

    /** The text of the page's notice (what was saved, sent or refused), once it is shown. */
    protected String notice() {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice"))).getText();
    }

    /** Whether an element left the document (Chromium answers a generic error, not always "stale", for those). */
    protected static boolean gone(WebElement element) {
        try {
            element.getTagName();
            return false;
        } catch (WebDriverException e) {
            return true;
        }
    }

    @AfterEach
    protected void closeBrowser() {
        if (browser != null) {
            Browser.screenshot(browser, getClass().getSimpleName() + "-last");
            browser.quit();
        }
    }
}
