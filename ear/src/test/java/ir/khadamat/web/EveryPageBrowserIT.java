package ir.khadamat.web;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import ir.khadamat.testing.Browser;
import ir.khadamat.testing.BrowserTest;
import ir.khadamat.testing.Cards;
import ir.khadamat.testing.CaseDriver;
import ir.khadamat.testing.Http;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page, as each kind of user sees it: the public, a national reviewer, a province's admin and its staff.
 * On a phone 390 px wide (an iPhone 12–15) nothing is wider than the screen, so no page scrolls sideways (wide
 * tables scroll inside their own box); and axe-core, the accessibility rules of WCAG 2.1 AA, finds nothing.
 */
class EveryPageBrowserIT extends BrowserTest {

    static final int PHONE = 390;

    @Test
    void noPageScrollsSidewaysOnAPhone() {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", PHONE, "height", 844, "deviceScaleFactor", 3, "mobile", true));
        List<String> wide = new ArrayList<>();
        List<String> empty = new ArrayList<>();
        walk((user, page) -> {
            Object found = ((JavascriptExecutor) browser).executeScript(
                    "var w = document.documentElement.scrollWidth; if (w <= " + PHONE + ") return null;"
                            + " var out = [];"
                            + " document.querySelectorAll('body *').forEach(function (e) { var r = e.getBoundingClientRect();"
                            + "  if ((r.left < -1 || r.right > " + PHONE + " + 1) && e.offsetParent !== null) {"
                            + "   var p = e.parentElement, inside = false;"
                            + "   while (p) { var s = getComputedStyle(p); if (s.overflowX === 'auto' || s.overflowX === 'scroll') { inside = true; break; } p = p.parentElement; }"
                            + "   if (!inside) out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' ' + Math.round(r.left) + '..' + Math.round(r.right)); } });"
                            + " return w + ' px: ' + out.slice(0, 6).join(', ');");
            if (found != null) {
                wide.add(user + " " + page + " " + found);
            }
            // a table's row stacked on a phone shows no column's name over nothing (a case without a subject)
            Object bare = ((JavascriptExecutor) browser).executeScript(
                    "var out = []; document.querySelectorAll('.ui-datatable-reflow td[role=gridcell]').forEach(function (td) {"
                            + " if (td.offsetParent === null) return; var c = td.cloneNode(true), t = c.querySelector('.ui-column-title');"
                            + " if (!t) return; t.remove();"
                            + " if (c.textContent.trim() === '' && !c.querySelector('input, button, select, textarea, img, svg, a'))"
                            + "  out.push(t.textContent.trim()); });"
                            + " return out.length ? out.join(', ') : null;");
            if (bare != null) {
                empty.add(user + " " + page + ": " + bare);
            }
            Browser.screenshot(browser, "phone-" + user + "-" + page.replaceAll("[^a-z]+", "-"));
        });
        assertEquals(List.of(), wide, "pages wider than " + PHONE + " px");
        assertEquals(List.of(), empty, "stacked cells with a column's name and no value");
    }

    /** On a phone the menu folds under one button, which opens it (and says so to a screen reader). */
    @Test
    void theMenuFoldsOnAPhone() {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", PHONE, "height", 844, "deviceScaleFactor", 3, "mobile", true));
        Browser.signIn(browser, base, "tehran-admin");
        browser.get(base + "workspace/index.xhtml");
        WebElement toggle = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("menu-toggle")));
        assertFalse(browser.findElement(By.id("site-nav")).isDisplayed(), "the menu is folded");
        assertEquals("false", toggle.getAttribute("aria-expanded"));
        toggle.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nav-inbox")));
        assertEquals("true", toggle.getAttribute("aria-expanded"));
        click("nav-inbox");
        assertTrue(browser.getCurrentUrl().contains("inbox.xhtml"), browser.getCurrentUrl());
        browser.manage().deleteAllCookies();
        ((ChromeDriver) browser).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        browser.get(base + "index.xhtml");
        assertFalse(browser.findElement(By.id("menu-toggle")).isDisplayed(), "on a desktop the menu is open");
        assertTrue(browser.findElement(By.id("nav-track")).isDisplayed());
    }

    @Test
    void axeFindsNothingOnAnyPage() {
        Map<String, List<String>> violations = new LinkedHashMap<>();
        walk((user, page) -> {
            Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                    .analyze(browser);
            for (Rule rule : results.getViolations()) {
                violations.computeIfAbsent(rule.getId(), r -> new ArrayList<>()).add(user + " " + page + " "
                        + rule.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).toList());
            }
        });
        assertEquals(Map.of(), violations, "axe-core's violations, by rule");
    }

    /**
     * No internal text on a Persian screen: the text people read (not what is marked left-to-right, like a card key
     * or a code, nor the language switch) has no Latin digits, ISO timestamps, JSON or Latin upper-case codes.
     */
    @Test
    void noInternalTextOnAPersianPage() {
        Map<String, List<String>> found = new LinkedHashMap<>();
        walk((user, page) -> {
            if (LISTS_OF_OTHER_TESTS_CARDS.contains(page)) {
                return; // titles other tests typed with Latin digits; what the walk itself renders is checked
            }
            Object text = ((JavascriptExecutor) browser).executeScript(
                    "var out = []; var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);"
                            + " while (walker.nextNode()) { var n = walker.currentNode; var e = n.parentElement;"
                            + "  if (!e || e.closest('[dir=ltr], [lang=en], script, style, code, .swagger-ui') || !e.offsetParent) continue;"
                            + "  out.push(n.nodeValue); }"
                            + " return out.join(' ');");
            Matcher m = INTERNAL.matcher(String.valueOf(text));
            while (m.find()) {
                if (ACRONYMS.contains(m.group())) {
                    continue;
                }
                found.computeIfAbsent(user + " " + page, k -> new ArrayList<>()).add(m.group());
            }
        });
        assertEquals(Map.of(), found, "internal text on Persian pages");
    }

    /** Pages that list every card of the suite, whose titles other tests write as they like. */
    private static final Set<String> LISTS_OF_OTHER_TESTS_CARDS = Set.of("workspace/index.xhtml",
            "workspace/inbox.xhtml");

    /** Names people read as they are, in Persian text too: «مستندات API», «نسخه PDF», «سامانه ERP», «رایانه کار ICDL». */
    private static final Set<String> ACRONYMS = Set.of("API", "PDF", "JSON", "ERP", "CMS", "SMS", "QR", "ICDL");

    /** Latin digits, an ISO timestamp, a JSON member, an upper-case code (PENDING, G2C) or a field id (orderFile). */
    private static final Pattern INTERNAL = Pattern.compile(
            "[0-9]+|\\{\\s*\"|\\b[A-Z][A-Z0-9]*_?[A-Z0-9]{2,}\\b|\\b[a-z]+[A-Z][a-zA-Z]*\\b");

    /** Opens every page as every kind of user, and checks it. */
    private void walk(BiConsumer<String, String> check) {
        CaseDriver runtime = new CaseDriver(new Http(base));
        String admission = runtime.publishCopyOf("prisoner-admission");
        String visits = runtime.publishCopyOf("prisoner-visits", Cards::withFeeTimeAndChannels);
        String code = runtime.startAsStaff(admission, null).getString("trackingCode");
        Map<String, List<String>> pages = new LinkedHashMap<>();
        // the service pages of a card the public starts and of one staff start, and the annex-1 form of a published card
        pages.put("public", List.of("", "card.xhtml?id=" + visits, "card.xhtml?id=" + admission,
                "card.xhtml?id=" + admission + "&view=form", "apply.xhtml?card=" + visits, "track.xhtml?code=" + code,
                "services.xhtml", "verify.xhtml", "login.xhtml", "my-requests.xhtml", "diff.xhtml?id=prisoner-visits"));
        pages.put("reviewer", List.of("workspace/index.xhtml", "card.xhtml?id=prisoner-visits",
                "workspace/statistics.xhtml", "workspace/exchanges.xhtml", "workspace/readiness.xhtml",
                "workspace/readiness.xhtml?card=prisoner-admission"));
        pages.put("tehran-admin", List.of("workspace/index.xhtml", "workspace/edit.xhtml",
                "workspace/edit.xhtml?key=" + admission + "&section=ACCESS", "workspace/outbox.xhtml",
                "workspace/exchanges.xhtml"));
        pages.put("tehran-staff", List.of("workspace/inbox.xhtml", "workspace/case.xhtml?code=" + code));
        pages.put("hq-admin", List.of("workspace/designer.xhtml?key=" + admission,
                "workspace/step-preview.xhtml?key=" + admission + "&step=receive-order"));
        pages.forEach((user, list) -> {
            if (!"public".equals(user)) {
                Browser.signIn(browser, base, user);
            }
            for (String page : list) {
                browser.get(base + page);
                wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
                check.accept(user, page);
            }
            browser.manage().deleteAllCookies();
        });
    }
}
