package ir.khadamat.web;

import ir.khadamat.testing.ApiFuzzer;
import ir.khadamat.testing.CaseDriver;
import ir.khadamat.testing.ClientTest;
import ir.khadamat.testing.Http;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Hostile input to every operation of the application's own OpenAPI document (new endpoints join automatically),
 * anonymously and as each demo role ({@link ApiFuzzer}): no 5xx, every 4xx problem+JSON naming the field or
 * parameter at fault, every answer within 2 s, every status one the operation documents, no success for an anonymous
 * caller of an operation documented as needing a sign-in; afterwards the service still answers. Deterministic: the seed is
 * {@code -Dfuzz.seed} (default 10). The path parameters are a card and a case of the test's own, so the requests
 * reach the domain, not only "not found".
 */
class ApiFuzzIT extends ClientTest {

    @Test
    void noInputHurtsTheService() {
        Http anonymous = new Http(base);
        CaseDriver runtime = new CaseDriver(anonymous);
        String card = runtime.publishCopyOf("prisoner-admission");
        JsonObject started = runtime.startAsStaff(card, null);
        Map<String, String> known = new LinkedHashMap<>();
        known.put("key", card);
        known.put("id", card);
        known.put("card", card);
        known.put("code", started.getString("trackingCode"));
        known.put("step", started.getJsonObject("currentStep").getString("id"));
        known.put("unit", "fuzz-no-such-unit"); // the real units' capacity stays as the other tests expect it

        long seed = Long.getLong("fuzz.seed", 10L);
        ApiFuzzer fuzzer = new ApiFuzzer(anonymous.base(), seed, known);
        JsonObject openapi = anonymous.get("/openapi?format=JSON").json();
        long start = System.nanoTime();
        fuzzer.run(openapi);
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        System.out.println("ApiFuzzIT (seed " + seed + "): " + fuzzer.summary() + " in " + seconds + " s; "
                + ApiFuzzer.operations(openapi).size() + " operations, anonymous and " + ApiFuzzer.ROLES);

        // the service still answers, anonymously and signed in
        Http.Reply list = anonymous.get("/api/cards");
        assertEquals(200, list.status(), list.body());
        Http.Reply me = anonymous.signedIn("reviewer").get("/api/users/me");
        assertEquals(200, me.status(), me.body());
        Http.Reply desk = anonymous.as("reviewer").get("/api/review/desk");
        assertEquals(200, desk.status(), desk.body());

        assertTrue(fuzzer.requests() > 1000, "the fuzz sent " + fuzzer.requests() + " requests");
        // what each operation answered is what its document says it may answer (ApiDocument)
        assertTrue(fuzzer.undocumented().isEmpty(), "statuses answered that the operation does not document: "
                + fuzzer.undocumented());
        if (!fuzzer.offences().isEmpty()) {
            StringBuilder report = new StringBuilder(fuzzer.offences().size() + " of " + fuzzer.requests()
                    + " requests broke a rule (" + fuzzer.summary() + "):\n");
            fuzzer.offences().stream().limit(300).forEach(o -> report.append("  ").append(o).append('\n'));
            if (fuzzer.offences().size() > 300) {
                report.append("  … and ").append(fuzzer.offences().size() - 300).append(" more\n");
            }
            fail(report.toString());
        }
    }
}
