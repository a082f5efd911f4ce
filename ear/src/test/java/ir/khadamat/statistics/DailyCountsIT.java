package ir.khadamat.statistics;

import ir.khadamat.persian.Iran;
import ir.khadamat.persian.JalaliDate;
import ir.khadamat.testing.CaseDriver;
import ir.khadamat.testing.ClientTest;
import ir.khadamat.testing.Http;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The statistics' daily counts are kept by the engine as cases happen, and agree exactly with a recount of every case:
 * a case received, one delivered after being handed over to another province, one left open. The check covers every
 * case the whole test run made before it, through every step kind.
 */
class DailyCountsIT extends ClientTest {

    private JsonObject check() {
        Http.Reply r = new Http(base).as("sysadmin").get("/api/statistics/counts");
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    private static long received(JsonObject dashboard, String card) {
        return dashboard.getJsonArray("services").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("cardKey").equals(card)).mapToLong(s -> s.getJsonNumber("received").longValue())
                .sum();
    }

    @Test
    void theCountsKeptAgreeWithARecountOfEveryCase() {
        JsonObject before = check();
        assertEquals(0, before.getJsonArray("differences").size(), before.toString());

        CaseDriver runtime = new CaseDriver(new Http(base));
        String number = "T" + System.nanoTime() % 1_000_000_000L;
        assertEquals("admitted", runtime.admit(runtime.publishCopyOf("prisoner-admission"), number).getString("result"));
        String transfer = runtime.publishCopyOf("prisoner-transfer");
        String code = runtime.startAsStaff(transfer, number).getString("trackingCode");
        JsonObject end = runtime.runToEnd(code, new CaseDriver.Play("tehran-staff", "tehran-admin", null,
                Map.of("prisonerNumber", number, "kind", "domestic", "destinationProvince", "isfahan",
                        "destinationPrison", "isfahan-central-prison"), Map.of()));
        assertEquals("isfahan", end.getString("provinceCode"), "handed over");
        runtime.startAsStaff(transfer, number); // and one left open, in Tehran

        JsonObject after = check();
        assertEquals(0, after.getJsonArray("differences").size(), after.toString());
        assertTrue(after.getJsonNumber("cases").longValue() >= before.getJsonNumber("cases").longValue() + 3, after.toString());

        int year = JalaliDate.from(Iran.today()).year();
        Http reviewer = new Http(base).as("reviewer");
        JsonObject isfahan = reviewer.get("/api/statistics/dashboard?card=" + transfer + "&province=isfahan&year=" + year).json();
        JsonObject tehran = reviewer.get("/api/statistics/dashboard?card=" + transfer + "&province=tehran&year=" + year).json();
        assertEquals(1, received(isfahan, transfer), "the handed-over case counts where it went");
        assertEquals(1, received(tehran, transfer), "the open one where it is");
        assertEquals(403, new Http(base).as("tehran-admin").get("/api/statistics/counts").status());
    }
}
