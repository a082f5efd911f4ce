package ir.khadamat.web;

import ir.khadamat.testing.Browser;
import ir.khadamat.testing.BrowserTest;
import ir.khadamat.testing.CaseDriver;
import ir.khadamat.testing.Http;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every page, as each kind of user sees it, on a phone 390 px wide (an iPhone 12–15): nothing is wider than the
 * screen, so no page scrolls sideways; wide tables scroll inside their own box.
 */
class PhoneBrowserIT extends BrowserTest {

    static final int WIDTH = 390;

    @Test
    void noPageScrollsSidewaysOnAPhone() {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", WIDTH, "height", 844, "deviceScaleFactor", 3, "mobile", true));
        String admission = new CaseDriver(new Http(base)).publishCopyOf("prisoner-admission");
        String code = new CaseDriver(new Http(base)).startAsStaff(admission, null).getString("trackingCode");
        List<String> wide = new ArrayList<>();
        for (String page : List.of("", "card.xhtml?id=prisoner-visits", "apply.xhtml", "track.xhtml?code=" + code,
                "services.xhtml", "verify.xhtml", "login.xhtml", "diff.xhtml?id=prisoner-visits")) {
            measure(page, "public", wide);
        }
        Map<String, List<String>> pages = Map.of(
                "reviewer", List.of("workspace/index.xhtml", "card.xhtml?id=prisoner-visits",
                        "workspace/statistics.xhtml", "workspace/exchanges.xhtml"),
                "tehran-admin", List.of("workspace/index.xhtml", "workspace/edit.xhtml", "workspace/edit.xhtml?key="
                        + admission + "&section=ACCESS", "workspace/outbox.xhtml", "workspace/exchanges.xhtml"),
                "tehran-staff", List.of("workspace/inbox.xhtml", "workspace/case.xhtml?code=" + code));
        for (String user : List.of("reviewer", "tehran-admin", "tehran-staff")) {
            Browser.signIn(browser, base, user);
            for (String page : pages.get(user)) {
                measure(page, user, wide);
            }
            browser.manage().deleteAllCookies();
        }
        assertEquals(List.of(), wide, "pages wider than " + WIDTH + " px");
    }

    /** Opens the page and notes it, with its widest parts, when it is wider than the phone. */
    private void measure(String page, String user, List<String> wide) {
        browser.get(base + page);
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        Object found = ((JavascriptExecutor) browser).executeScript(
                "var w = document.documentElement.scrollWidth; if (w <= " + WIDTH + ") return null;"
                        + " var out = [];"
                        + " document.querySelectorAll('body *').forEach(function (e) { var r = e.getBoundingClientRect();"
                        + "  if ((r.left < -1 || r.right > " + WIDTH + " + 1) && e.offsetParent !== null) {"
                        + "   var p = e.parentElement, inside = false;"
                        + "   while (p) { var s = getComputedStyle(p); if (s.overflowX === 'auto' || s.overflowX === 'scroll') { inside = true; break; } p = p.parentElement; }"
                        + "   if (!inside) out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + e.className.split(' ').join('.') : '') + ' ' + Math.round(r.left) + '..' + Math.round(r.right)); } });"
                        + " return w + ' px: ' + out.slice(0, 6).join(', ');");
        if (found != null) {
            wide.add(user + " " + page + " " + found);
        }
        Browser.screenshot(browser, "phone-" + user + "-" + page.replaceAll("[^a-z]+", "-"));
    }
}
