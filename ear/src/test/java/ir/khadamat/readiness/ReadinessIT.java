package ir.khadamat.readiness;

import ir.khadamat.testing.CaseDriver;
import ir.khadamat.testing.Cards;
import ir.khadamat.testing.ClientTest;
import ir.khadamat.testing.Http;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * E-readiness through REST (docs/readiness.md): the seven seed cards as their text gives them (every part unknown,
 * so every score the whole range, none counted as electronic or not), a card that declares everything with its score
 * and trips figured by hand, how it moves across versions, the share of cases requested online against the
 * counter's, the Excel export, and bad filters, other roles and the public refused.
 */
class ReadinessIT extends ClientTest {

    static final List<String> SEED = List.of("prisoner-education", "prisoner-employment", "prisoner-support",
            "prisoner-transfer", "prisoner-visits", "prisoner-admission", "prisoner-judicial-services");

    private static Map<String, JsonObject> byKey(JsonObject dashboard, String list) {
        return dashboard.getJsonArray(list).getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(c -> c.getString("cardKey"), c -> c, (a, b) -> a));
    }

    private static List<String> keys(JsonObject dashboard, String list) {
        return dashboard.getJsonArray(list).getValuesAs(JsonObject.class).stream().map(c -> c.getString("cardKey")).toList();
    }

    /** Each seed card: its §7 + §8 rows (all of unknown mode), and its recipients (at least; no period ticked). */
    @Test
    void theSevenSeedCardsAsTheirTextGivesThem() {
        Http.Reply r = new Http(base).as("reviewer").get("/api/readiness");
        assertEquals(200, r.status(), r.body());
        Map<String, JsonObject> cards = byKey(r.json(), "cards");
        Map<String, Object[]> byHand = Map.of(
                "prisoner-education", new Object[]{3, 80_000},
                "prisoner-employment", new Object[]{3, 25_000},
                "prisoner-support", new Object[]{4, 3_000},
                "prisoner-transfer", new Object[]{3, null},
                "prisoner-visits", new Object[]{2, null},
                "prisoner-admission", new Object[]{2, 600_000},
                "prisoner-judicial-services", new Object[]{2, null});
        byHand.forEach((key, expected) -> {
            JsonObject card = cards.get(key);
            assertNotNull(card, key + " is published");
            JsonObject readiness = card.getJsonObject("readiness");
            assertEquals(4, readiness.getJsonObject("stages").getInt("unknown"), key);
            assertEquals(0, readiness.getJsonObject("stages").getInt("electronic"), key);
            assertTrue(readiness.isNull("inPersonVisits"), key + ": visits unknown, not none");
            assertEquals((int) expected[0], readiness.getJsonObject("exchanges").getInt("unknown"), key);
            assertEquals(0, readiness.getJsonObject("exchanges").getInt("online") + readiness.getJsonObject("exchanges").getInt("paper"), key);
            assertEquals(0, readiness.getJsonObject("score").getInt("low"), key);
            assertEquals(100, readiness.getJsonObject("score").getInt("high"), key);
            assertFalse(readiness.getJsonObject("score").getBoolean("known"), key);
            assertTrue(readiness.isNull("tripsSaved"), key);
            if (expected[1] == null) {
                assertTrue(readiness.isNull("yearlyRecipients"), key);
            } else {
                assertEquals((int) expected[1], readiness.getJsonObject("yearlyRecipients").getInt("value"), key);
                assertFalse(readiness.getJsonObject("yearlyRecipients").getBoolean("exact"), key + ": no period ticked");
            }
        });
        // where digitising pays most: trips unknown for all seven, so by recipients — the 600,000 admissions first
        List<String> seedOrder = keys(r.json(), "priorities").stream().filter(SEED::contains).toList();
        assertEquals(List.of("prisoner-admission", "prisoner-education", "prisoner-employment", "prisoner-support"),
                seedOrder.subList(0, 4), seedOrder.toString());
        JsonObject prisons = r.json().getJsonArray("agencies").getValuesAs(JsonObject.class).stream()
                .filter(g -> "prisons-organization".equals(g.getString("code", null))).findFirst().orElseThrow();
        assertTrue(prisons.getInt("cards") >= 7, "the seven seed cards and the copies other tests published");
        JsonObject nationalCards = r.json().getJsonArray("provinces").getValuesAs(JsonObject.class).stream()
                .filter(g -> g.isNull("code")).findFirst().orElseThrow();
        assertTrue(nationalCards.getInt("cards") >= SEED.size(), "the seed's cards are national: " + nationalCards);
    }

    /** 1,000 a month, 2 visits, 2 of 4 stages electronic, 3 of 4 exchanges electronic: 52%, 48,000 trips a year. */
    static final UnaryOperator<JsonObject> DECLARED = form -> Json.createObjectBuilder(form)
            .add("details", Json.createObjectBuilder().add("recipients", 1000).add("recipientsPeriod", "MONTH")
                    .add("inPersonVisits", 2))
            .add("access", Json.createObjectBuilder()
                    .add("information", Json.createObjectBuilder().add("mode", "ELECTRONIC"))
                    .add("request", Json.createObjectBuilder().add("mode", "ELECTRONIC"))
                    .add("production", Json.createObjectBuilder().add("mode", "NON_ELECTRONIC"))
                    .add("delivery", Json.createObjectBuilder().add("mode", "NON_ELECTRONIC")))
            .add("systemLinks", Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("system", "سامانه یک").add("mode", "ONLINE"))
                    .add(Json.createObjectBuilder().add("system", "سامانه دو").add("mode", "BATCH")))
            .add("agencyLinks", Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("agency", "judiciary").add("mode", "ONLINE"))
                    .add(Json.createObjectBuilder().add("agency", "foreign-ministry").add("mode", "NON_ELECTRONIC")))
            .build();

    @Test
    void aCardThatDeclaresEverythingMovesAcrossItsVersions() {
        CaseDriver driver = new CaseDriver(new Http(base));
        String key = driver.publishCopyOf("prisoner-visits", DECLARED);
        Http reviewer = new Http(base).as("reviewer");
        JsonObject dashboard = reviewer.get("/api/readiness").json();
        JsonObject readiness = byKey(dashboard, "cards").get(key).getJsonObject("readiness");
        assertEquals(52, readiness.getJsonObject("score").getInt("low"));
        assertEquals(52, readiness.getJsonObject("score").getInt("high"));
        assertTrue(readiness.getJsonObject("score").getBoolean("known"));
        assertEquals(12_000, readiness.getJsonObject("yearlyRecipients").getInt("value"));
        assertEquals(48_000, readiness.getJsonObject("tripsSaved").getInt("value"));
        assertTrue(readiness.getJsonObject("tripsSaved").getBoolean("exact"));
        List<String> priorities = keys(dashboard, "priorities");
        assertTrue(priorities.indexOf(key) < priorities.indexOf("prisoner-admission"),
                "a known 48,000 trips before the admissions' unknown: " + priorities);
        assertFalse(dashboard.getJsonArray("overTime").isEmpty(), "the national figure over time");

        // version 2: no visit needed any more, every stage electronic
        Http hq = new Http(base).as("hq-admin");
        Http.Reply card = hq.get("/api/cards/" + key);
        JsonObject form = hq.get("/api/cards/" + key + "/json").json();
        JsonObject access = Json.createObjectBuilder(form.getJsonObject("access"))
                .add("production", Json.createObjectBuilder().add("mode", "ELECTRONIC"))
                .add("delivery", Json.createObjectBuilder().add("mode", "ELECTRONIC")).build();
        JsonObject details = Json.createObjectBuilder(form.getJsonObject("details")).add("inPersonVisits", 0).build();
        Http.Reply saved = hq.put("/api/cards/" + key + "?basedOn=" + Cards.version(card),
                Json.createObjectBuilder(form).add("access", access).add("details", details).build().toString());
        assertEquals(200, saved.status(), saved.body());
        Http.Reply r = hq.post("/api/cards/" + key + "/submit?basedOn=" + Cards.version(saved), null);
        assertEquals(200, r.status(), r.body());
        r = reviewer.post("/api/review/cards/" + key + "/approve?basedOn=" + Cards.version(r),
                "{\"serviceId\":\"" + card.json().getJsonObject("form").getJsonObject("identification").getString("serviceId") + "\"}"); // a new version keeps its service ID
        assertEquals(200, r.status(), r.body());
        r = reviewer.post("/api/review/cards/" + key + "/publish?basedOn=" + Cards.version(r), null);
        assertEquals("PUBLISHED", Cards.status(r), r.body());
        JsonObject history = reviewer.get("/api/readiness/cards/" + key).json();
        List<JsonObject> versions = history.getJsonArray("versions").getValuesAs(JsonObject.class);
        assertEquals(2, versions.size());
        assertEquals("SUPERSEDED", versions.get(0).getString("status"));
        assertEquals(52, versions.get(0).getJsonObject("readiness").getJsonObject("score").getInt("low"));
        // stages 4/4 × 50 + visits 1 × 25 + exchanges ¾ × 25 = 93.75
        assertEquals(94, versions.get(1).getJsonObject("readiness").getJsonObject("score").getInt("low"));
        assertEquals(0, versions.get(1).getJsonObject("readiness").getJsonObject("tripsSaved").getInt("value"));
        assertEquals(94, byKey(reviewer.get("/api/readiness").json(), "cards").get(key)
                .getJsonObject("readiness").getJsonObject("score").getInt("high"), "the published version counts");
    }

    /** Two cases at Tehran's counter and one an applicant asked for on the public pages: a third online. */
    @Test
    void theShareOfCasesRequestedOnline() {
        CaseDriver driver = new CaseDriver(new Http(base));
        String visits = driver.publishCopyOf("prisoner-visits");
        driver.startAsStaff(visits, null);
        driver.startAsStaff(visits, null);
        String mobile = "0912" + (1000000 + (int) (System.nanoTime() % 8999999));
        String nationalCode = CaseDriver.nationalCode();
        Http anonymous = new Http(base);
        assertEquals(202, anonymous.post("/api/public/codes", "{\"nationalCode\":\"" + nationalCode + "\",\"mobile\":\""
                + mobile + "\"}").status());
        Http.Reply started = anonymous.post("/api/public/cases", "{\"cardKey\":\"" + visits + "\",\"provinceCode\":\"tehran\","
                + "\"unitCode\":\"tehran-greater-prison\",\"nationalCode\":\"" + nationalCode + "\",\"mobile\":\"" + mobile
                + "\",\"code\":\"" + driver.lastCodeSentTo(mobile) + "\"}");
        assertEquals(201, started.status(), started.body());

        JsonObject dashboard = new Http(base).as("reviewer").get("/api/readiness?province=tehran").json();
        JsonObject row = dashboard.getJsonArray("measured").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("cardKey").equals(visits)).findFirst().orElseThrow();
        assertEquals("tehran", row.getString("provinceCode"));
        assertEquals(3, row.getJsonObject("measured").getInt("received"));
        assertEquals(1, row.getJsonObject("measured").getInt("online"));
        assertEquals(33, row.getJsonObject("measured").getInt("onlinePercent"));
        // the counts kept as cases happen agree with a recount of every case, the online ones included
        Http.Reply check = new Http(base).as("sysadmin").get("/api/statistics/counts");
        assertEquals(200, check.status(), check.body());
        assertEquals(JsonValue.EMPTY_JSON_ARRAY, check.json().getJsonArray("differences"), check.body());
    }

    @Test
    void theExcelExport() throws Exception {
        for (String lang : List.of("fa", "en")) {
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(base + "api/readiness/export.xlsx?lang=" + lang))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("reviewer:" + Http.DEMO_PASSWORD)
                            .getBytes(StandardCharsets.UTF_8))).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
                XSSFSheet services = workbook.getSheetAt(0);
                assertEquals("fa".equals(lang), services.isRightToLeft());
                List<String> keys = new ArrayList<>();
                for (int i = 1; i <= services.getLastRowNum(); i++) {
                    keys.add(services.getRow(i).getCell(0).getStringCellValue());
                }
                assertTrue(keys.containsAll(SEED), keys.toString());
                Row admission = services.getRow(1 + keys.indexOf("prisoner-admission"));
                assertEquals("fa".equals(lang) ? "نامشخص" : "unknown", admission.getCell(8).getStringCellValue(),
                        "visits unknown, never 0");
                assertEquals(600_000, admission.getCell(15).getNumericCellValue());
                assertEquals(3, workbook.getNumberOfSheets());
            }
        }
    }

    @Test
    void badFiltersOtherRolesAndThePublicAreRefused() {
        Http reviewer = new Http(base).as("reviewer");
        for (String[] bad : List.of(new String[]{"province=atlantis", "province"}, new String[]{"agency=nobody", "agency"})) {
            Http.Reply r = reviewer.get("/api/readiness?" + bad[0]);
            assertEquals(400, r.status(), r.body());
            assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
            assertTrue(r.body().contains("\"" + bad[1] + "\""), r.body());
        }
        Http.Reply missing = reviewer.get("/api/readiness/cards/no-such-card");
        assertEquals(404, missing.status(), missing.body());
        assertTrue(missing.contentType().startsWith("application/problem+json"), missing.contentType());
        assertEquals(200, new Http(base).as("hq-admin").get("/api/readiness").status());
        assertEquals(403, new Http(base).as("tehran-staff").get("/api/readiness").status());
        assertEquals(401, new Http(base).get("/api/readiness").status());
    }
}
