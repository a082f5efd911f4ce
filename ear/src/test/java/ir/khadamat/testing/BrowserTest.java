package ir.khadamat.testing;

import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;

/** A browser test: a fresh headless Chromium for each test, and a picture of its last page in target/screenshots. */
public abstract class BrowserTest {

    @ArquillianResource
    protected URL base;

    protected WebDriver browser;
    protected WebDriverWait wait;

    @BeforeEach
    protected void openBrowser() {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        // a click may load a new page under the wait; Chromium then says "stale" or "node does not belong to the document"
        wait.ignoring(StaleElementReferenceException.class).ignoring(org.openqa.selenium.WebDriverException.class);
    }

    /** Clicks what loads a new page, and waits until it has replaced the old one and finished loading. */
    protected void clickAndWait(WebElement target) {
        WebElement old = browser.findElement(org.openqa.selenium.By.tagName("html"));
        target.click();
        wait.until(d -> gone(old));
        wait.until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Whether an element left the document (Chromium answers a generic error, not always "stale", for those). */
    protected static boolean gone(WebElement element) {
        try {
            element.getTagName();
            return false;
        } catch (org.openqa.selenium.WebDriverException e) {
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
