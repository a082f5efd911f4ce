package ir.khadamat.platform;

import ir.khadamat.testing.Browser;
import ir.khadamat.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The Content-Security-Policy in the browser (docs/security-platform.md): pages work and nothing is refused. */
class PlatformBrowserIT extends BrowserTest {

    /**
     * In the browser, with the policies on: the pages whose scripts matter (the catalogue, the public application form
     * with its inline {@code onchange}, the API reader, the workspace, the editor's PrimeFaces widgets and the statistics
     * chart) work and the browser reports no Content-Security-Policy violation on any of them.
     */
    @Test
    void pagesRunInTheBrowserWithoutPolicyViolations() {
        // every violation the page reports, from its first byte on
        ((ChromeDriver) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.__csp = []; document.addEventListener('securitypolicyviolation', function (e) {"
                        + " window.__csp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber); });"));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        List<String> violations = new ArrayList<>();
        visit(browser, base + "", violations);
        visit(browser, base + "track.xhtml?code=1234567890123456", violations);
        visit(browser, base + "apply.xhtml", violations);
        // the province list reloads the form through its onchange handler (moved into a nonce'd script)
        new Select(browser.findElement(By.id("apply:province"))).selectByValue("isfahan");
        wait.until(d -> "isfahan".equals(d.findElement(By.id("apply:province")).getAttribute("value"))
                && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        violations.addAll(reported(browser, "apply.xhtml after onchange"));
        browser.get(base + "api.html");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".swagger-ui .info")));
        violations.addAll(reported(browser, "api.html"));
        Browser.signIn(browser, base, "reviewer");
        visit(browser, base + "workspace/index.xhtml", violations);
        visit(browser, base + "workspace/edit.xhtml?key=prisoner-visits", violations);
        browser.get(base + "workspace/statistics.xhtml?period=YEAR");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".stats-chart canvas")));
        violations.addAll(reported(browser, "statistics"));
        assertEquals(List.of(), violations, "Content-Security-Policy violations");
    }

    private static void visit(WebDriver browser, String url, List<String> violations) {
        browser.get(url);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d ->
                "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        violations.addAll(reported(browser, url));
    }

    @SuppressWarnings("unchecked")
    private static List<String> reported(WebDriver browser, String where) {
        Object found = ((JavascriptExecutor) browser).executeScript("return window.__csp || ['no listener'];");
        return ((List<Object>) found).stream().map(v -> where + ": " + v).toList();
    }
}
