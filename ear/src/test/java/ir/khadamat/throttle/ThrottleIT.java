package ir.khadamat.throttle;

import ir.khadamat.testing.CaseDriver;
import ir.khadamat.testing.ClientTest;
import ir.khadamat.testing.Http;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The throttles (docs/security-throttle.md) against a real server: one-time codes capped per mobile with a cooldown,
 * a lock after failed codes that a new code does not lift, codes that no reviewer or admin can read, an opaque
 * applicant token and a token call that tells nothing; sign-in that backs off instead of locking the right password
 * out, audited, with an admin unlock; tracking and verification capped. The test server runs with the code cooldown
 * at 2 s (arquillian.xml); every other limit is its default.
 */
class ThrottleIT extends ClientTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void oneTimeCodesForOneMobileAreCappedWithRetryAfter() throws Exception {
        String mobile = mobile("0914");
        String nationalCode = CaseDriver.nationalCode();
        List<Integer> statuses = new ArrayList<>();
        HttpResponse<String> refused = null;
        for (int i = 0; i < 30; i++) {
            HttpResponse<String> r = requestCode(nationalCode, mobile);
            statuses.add(r.statusCode());
            if (r.statusCode() == 429) {
                refused = r;
            }
        }
        assertEquals(202, statuses.get(0), statuses.toString());
        assertEquals(429, statuses.get(1), "no second code within the cooldown: " + statuses);
        assertTrue(statuses.stream().allMatch(s -> s == 202 || s == 429), statuses.toString());
        // the cooldown of the test server is 2 s: a slow machine may see one more code go in the burst, never many
        int sent = (int) statuses.stream().filter(s -> s == 202).count();
        assertTrue(sent <= 3, "30 codes in a burst: at most one per cooldown is sent " + statuses);
        assertTooMany(refused, "code.cooldown");
        assertTrue(retryAfter(refused) <= 2, "the cooldown of the test server is 2 s: " + retryAfter(refused));
        // past each cooldown, codes go until the cap per mobile and hour (5)
        HttpResponse<String> capped = null;
        for (int i = 0; i < 20 && capped == null; i++) {
            HttpResponse<String> r = requestCode(nationalCode, mobile);
            if (r.statusCode() == 202) {
                sent++;
            } else if (r.body().contains("code.per-mobile")) {
                capped = r;
            } else {
                assertTooMany(r, "code.cooldown");
                Thread.sleep(retryAfter(r) * 1000L);
            }
        }
        assertEquals(5, sent, "five codes an hour for one mobile");
        assertTooMany(capped, "code.per-mobile");
        assertTrue(retryAfter(capped) > 3000, "the cap lasts until the hour moves on: " + retryAfter(capped));
        assertEquals(5, new Http(base).get("/api/demo/sms?mobile=" + mobile).array().size(), "five SMS reached the phone");
    }

    @Test
    void aNewCodeDoesNotResetTheFailedTriesLock() throws Exception {
        String mobile = mobile("0915");
        String nationalCode = CaseDriver.nationalCode();
        assertEquals(202, requestCode(nationalCode, mobile).statusCode());
        String first = new CaseDriver(new Http(base)).lastCodeSentTo(mobile);
        for (int i = 0; i < 5; i++) {
            assertEquals(400, start(nationalCode, mobile, wrong(first)).statusCode(), "a wrong code");
        }
        Thread.sleep(2100); // the cooldown of the test server
        assertEquals(202, requestCode(nationalCode, mobile).statusCode(), "a new code");
        String second = new CaseDriver(new Http(base)).lastCodeSentTo(mobile);
        for (int i = 0; i < 5; i++) {
            assertEquals(400, start(nationalCode, mobile, wrong(second)).statusCode(), "a wrong try of the new code");
        }
        HttpResponse<String> locked = start(nationalCode, mobile, second);
        assertTooMany(locked, "code.locked");
        assertTrue(retryAfter(locked) > 3000, "ten failed codes lock the mobile for the hour: " + retryAfter(locked));
        Thread.sleep(2100);
        assertTooMany(requestCode(nationalCode, mobile), "code.locked");
    }

    @Test
    void theOutboxShowsNoCodeToReviewersOrAdmins() throws Exception {
        String mobile = mobile("0916");
        assertEquals(202, requestCode(CaseDriver.nationalCode(), mobile).statusCode());
        String code = new CaseDriver(new Http(base)).lastCodeSentTo(mobile);
        String persian = code.chars().mapToObj(c -> String.valueOf((char) ('۰' + (c - '0')))).reduce("", String::concat);
        for (String user : List.of("sysadmin", "reviewer")) {
            Http.Reply outbox = new Http(base).as(user).get("/api/cases/outbox?max=200");
            assertEquals(200, outbox.status(), outbox.body());
            List<JsonObject> lines = outbox.array().getValuesAs(JsonObject.class).stream()
                    .filter(m -> mobile.equals(m.getString("recipient"))).toList();
            assertEquals(1, lines.size(), user + " sees that an SMS went");
            String text = lines.get(0).getString("text");
            assertTrue(text.contains("••••••"), text);
            assertFalse(text.contains(persian) || text.contains(code), user + " reads no code: " + text);
        }
        Http.Reply page = new Http(base).signedIn("sysadmin").get("/workspace/outbox.xhtml");
        assertEquals(200, page.status());
        assertFalse(page.body().contains(persian) || page.body().contains(code), "nor on the outbox page");
    }

    @Test
    void theApplicantTokenCarriesNoMobileAndTheTokenCallTellsNothing() throws Exception {
        CaseDriver runtime = new CaseDriver(new Http(base));
        String visits = runtime.publishCopyOf("prisoner-visits");
        String mobile = mobile("0917");
        String nationalCode = CaseDriver.nationalCode();
        assertEquals(202, requestCode(nationalCode, mobile).statusCode());
        HttpResponse<String> started = send("POST", "/api/public/cases", "{\"cardKey\":\"" + visits + "\",\"provinceCode\":\"tehran\","
                + "\"unitCode\":\"tehran-greater-prison\",\"nationalCode\":\"" + nationalCode + "\",\"mobile\":\"" + mobile
                + "\",\"code\":\"" + runtime.lastCodeSentTo(mobile) + "\"}", "application/json", null);
        assertEquals(201, started.statusCode(), started.body());
        JsonObject json = json(started.body());
        String token = json.getString("token");
        String tracking = json.getString("trackingCode");
        assertFalse(token.contains(mobile) || token.contains(mobile.substring(1)), token);
        for (String part : token.split("\\.")) {
            try {
                String decoded = new String(Base64.getUrlDecoder().decode(part), StandardCharsets.ISO_8859_1);
                assertFalse(decoded.contains(mobile.substring(1)), "no mobile inside the token either");
            } catch (IllegalArgumentException notBase64) {
                // nothing to decode
            }
        }
        assertEquals(200, send("GET", "/api/public/cases/" + tracking + "/mine", null, null, token).statusCode(), "the token works");
        // the token call: the same answer for a case that does not exist, another's mobile, and a wrong code
        String other = mobile("0918");
        HttpResponse<String> noCase = tokenCall("9999999999999999", nationalCode, mobile, "123456");
        HttpResponse<String> notTheirs = tokenCall(tracking, CaseDriver.nationalCode(), other, "123456");
        HttpResponse<String> wrongCode = tokenCall(tracking, nationalCode, mobile, "123456");
        assertEquals(noCase.statusCode(), notTheirs.statusCode());
        assertEquals(noCase.statusCode(), wrongCode.statusCode());
        assertEquals(noCase.body(), notTheirs.body(), "no oracle of a case's applicant");
        assertEquals(noCase.body(), wrongCode.body());
        // even with a right code of one's own mobile, a case that is not one's own answers the same
        String otherNationalCode = CaseDriver.nationalCode();
        assertEquals(202, requestCode(otherNationalCode, other).statusCode());
        HttpResponse<String> rightCodeOtherCase = tokenCall(tracking, otherNationalCode, other, runtime.lastCodeSentTo(other));
        assertEquals(noCase.statusCode(), rightCodeOtherCase.statusCode());
        assertEquals(noCase.body(), rightCodeOtherCase.body());
        // the applicant gets a new token with a new code
        Thread.sleep(2100);
        assertEquals(202, requestCode(nationalCode, mobile).statusCode());
        HttpResponse<String> renewed = tokenCall(tracking, nationalCode, mobile, runtime.lastCodeSentTo(mobile));
        assertEquals(200, renewed.statusCode(), renewed.body());
        assertNotEquals(token, json(renewed.body()).getString("token"));
    }

    @Test
    void wrongPasswordsSlowSysadminDownButTheRightOneStillSignsInAndItIsAudited() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        HttpResponse<String> slowed = null;
        for (int i = 0; i < 12; i++) {
            HttpResponse<String> r = basic("sysadmin", "wrong-" + i, "/api/users/me");
            statuses.add(r.statusCode());
            if (r.statusCode() == 429) {
                slowed = r;
            }
        }
        assertTrue(statuses.subList(0, 5).stream().allMatch(s -> s == 401), "five free failures: " + statuses);
        assertTrue(slowed != null, "then a backoff: " + statuses);
        assertTooMany(slowed, null);
        // a failure is counted as its 401 goes out, so the last ones of a tight loop may still lengthen the wait a little
        HttpResponse<String> right = basic("sysadmin", Http.DEMO_PASSWORD, "/api/users/me");
        for (int i = 0; i < 10 && right.statusCode() == 429; i++) {
            assertTrue(retryAfter(right) <= 60, "a short wait, not a lock of 17 minutes: " + retryAfter(right));
            Thread.sleep(retryAfter(right) * 1000L + 200);
            right = basic("sysadmin", Http.DEMO_PASSWORD, "/api/users/me");
        }
        assertEquals(200, right.statusCode(), "the right password signs in after the backoff: " + right.body());
        JsonObject state = json(basic("sysadmin", Http.DEMO_PASSWORD, "/api/users/sysadmin/sign-in").body());
        assertEquals(0, state.getInt("failures"), "a sign-in starts the account afresh");
        assertTrue(state.getJsonArray("audited").getValuesAs(JsonString.class).stream()
                .anyMatch(s -> s.getString().contains("SIGN_IN_THROTTLED")), "the throttle is in the audit trail: " + state);
    }

    @Test
    void theLoginFormBacksOffTooAndAnAdminUnlocks() throws Exception {
        HttpResponse<String> slowed = null;
        for (int i = 0; i < 10 && slowed == null; i++) {
            HttpResponse<String> r = send("POST", "/j_security_check", "j_username=hq-admin&j_password=wrong" + i, "application/x-www-form-urlencoded", null);
            if (r.statusCode() == 429) {
                slowed = r;
            }
        }
        assertTrue(slowed != null, "the form backs off after failures");
        assertTrue(slowed.headers().firstValue("Retry-After").isPresent());
        assertTrue(slowed.body().contains("ثانیه"), "in Persian: " + slowed.body());
        assertEquals(429, basic("hq-admin", Http.DEMO_PASSWORD, "/api/users/me").statusCode(), "the backoff holds for Basic too");
        HttpResponse<String> unlocked = basic("sysadmin", Http.DEMO_PASSWORD, "/api/users/hq-admin/unlock", "POST");
        assertEquals(200, unlocked.statusCode(), unlocked.body());
        assertTrue(json(unlocked.body()).getJsonArray("audited").toString().contains("SIGN_IN_UNLOCKED"), unlocked.body());
        assertEquals(200, basic("hq-admin", Http.DEMO_PASSWORD, "/api/users/me").statusCode(), "unlocked at once");
        assertEquals(403, basic("reviewer", Http.DEMO_PASSWORD, "/api/users/hq-admin/unlock", "POST").statusCode(),
                "only a system admin unlocks");
    }

    @Test
    void trackingAndVerificationAreCappedPerCode() throws Exception {
        String code = "12345678" + (10_000_000 + (int) (System.nanoTime() % 89_999_999));
        HttpResponse<String> capped = null;
        int answered = 0;
        for (int i = 0; i < 40 && capped == null; i++) {
            HttpResponse<String> r = send("GET", "/api/public/cases/" + code, null, null, null);
            if (r.statusCode() == 429) {
                capped = r;
            } else {
                assertEquals(404, r.statusCode());
                answered++;
            }
        }
        assertEquals(30, answered, "thirty lookups of one tracking code a minute");
        assertTooMany(capped, "track.per-code");
        HttpResponse<String> page = send("GET", "/track.xhtml?code=" + code, null, null, null);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("throttled-message") && page.body().contains("ثانیه"), "a Persian message on the page");
        String document = "V" + System.nanoTime();
        HttpResponse<String> refused = null;
        for (int i = 0; i < 40 && refused == null; i++) {
            HttpResponse<String> r = send("GET", "/api/public/documents/" + document, null, null, null);
            if (r.statusCode() == 429) {
                refused = r;
            }
        }
        assertTooMany(refused, "verify.per-code");
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    private static String mobile(String prefix) {
        return prefix + (1000000 + (int) (System.nanoTime() % 8999999));
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }

    private HttpResponse<String> requestCode(String nationalCode, String mobile) throws Exception {
        return send("POST", "/api/public/codes", "{\"nationalCode\":\"" + nationalCode + "\",\"mobile\":\"" + mobile + "\"}",
                "application/json", null);
    }

    /** Starting a case of a card that need not exist: the code is checked first. */
    private HttpResponse<String> start(String nationalCode, String mobile, String code) throws Exception {
        return send("POST", "/api/public/cases", "{\"cardKey\":\"no-such-card\",\"provinceCode\":\"tehran\",\"nationalCode\":\""
                + nationalCode + "\",\"mobile\":\"" + mobile + "\",\"code\":\"" + code + "\"}", "application/json", null);
    }

    private HttpResponse<String> tokenCall(String tracking, String nationalCode, String mobile, String code) throws Exception {
        return send("POST", "/api/public/cases/" + tracking + "/token", "{\"nationalCode\":\"" + nationalCode + "\",\"mobile\":\""
                + mobile + "\",\"code\":\"" + code + "\"}", "application/json", null);
    }

    private HttpResponse<String> basic(String user, String password, String path) throws Exception {
        return basic(user, password, path, "GET");
    }

    private HttpResponse<String> basic(String user, String password, String path, String method) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root() + path)).header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .method(method, HttpRequest.BodyPublishers.noBody());
        return CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(String method, String path, String body, String contentType, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root() + path)).header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("X-Applicant-Token", token);
        }
        return CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String root() {
        String b = base.toString();
        return b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    }

    private static void assertTooMany(HttpResponse<String> r, String limit) {
        assertTrue(r != null, "a refusal was expected");
        assertEquals(429, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Retry-After").isPresent(), "Retry-After");
        assertTrue(retryAfter(r) >= 1);
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), r.headers().toString());
        JsonObject problem = json(r.body());
        assertEquals(429, problem.getInt("status"));
        if (limit != null) {
            assertEquals(limit, problem.getString("parameter"), r.body());
        }
    }

    private static long retryAfter(HttpResponse<String> r) {
        return Long.parseLong(r.headers().firstValue("Retry-After").orElse("0"));
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
