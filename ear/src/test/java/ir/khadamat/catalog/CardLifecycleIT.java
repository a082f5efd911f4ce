package ir.khadamat.catalog;

import ir.khadamat.testing.Cards;
import ir.khadamat.testing.ClientTest;
import ir.khadamat.testing.Http;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The life of a card through the REST API, as its users live it: roles, the review, versions and their diff,
 * provincial editions, concurrent saves, the card file and the printout.
 */
class CardLifecycleIT extends ClientTest {

    private Http as(String user) {
        return new Http(base).as(user);
    }

    private Http anonymous() {
        return new Http(base);
    }

    @Test
    void rolesDecideWhoMayWriteAndReview() {
        String key = Cards.newKey("tehran-roles");
        String body = Cards.card(key, "خدمت آزمایشی نقش‌ها", "هدف", "شرح");
        Http.Reply anonymous = anonymous().post("/api/cards", body);
        assertEquals(401, anonymous.status(), anonymous.body());
        assertTrue(anonymous.contentType().startsWith("application/problem+json"), anonymous.contentType());
        assertEquals(403, as("tehran-staff").post("/api/cards", body).status(), "staff run services, not cards");
        assertEquals(403, as("reviewer").post("/api/cards", body).status(), "reviewers do not write cards");

        Http.Reply created = as("tehran-admin").post("/api/cards", body);
        assertEquals(201, created.status(), created.body());
        assertEquals("tehran", created.json().getString("provinceCode"), "a provincial admin's card is the province's");
        assertEquals("DRAFT", Cards.status(created));

        Http.Reply submitted = as("tehran-admin").post("/api/cards/" + key + "/submit?basedOn=" + Cards.version(created), null);
        assertEquals(200, submitted.status(), submitted.body());
        assertEquals(403, as("tehran-admin").post("/api/review/cards/" + key + "/approve?basedOn=" + Cards.version(submitted),
                "{\"serviceId\":\"" + Cards.newServiceId() + "\"}").status(), "authors do not approve their own cards");
        assertEquals(403, as("hq-admin").get("/api/review/desk").status());
        assertEquals(200, as("reviewer").get("/api/review/desk").status());
    }

    @Test
    void aCardGoesFromDraftThroughReviewToPublication() {
        String key = Cards.newKey("tehran-life");
        Http admin = as("tehran-admin");
        Http reviewer = as("reviewer");
        Http.Reply r = admin.post("/api/cards", Cards.card(key, "کتابخانه زندان", "امانت کتاب", "شرح اول"));
        assertEquals(201, r.status(), r.body());
        r = admin.post("/api/cards/" + key + "/submit?basedOn=" + Cards.version(r), null);
        assertEquals("SUBMITTED", Cards.status(r));
        Http.Reply again = admin.post("/api/cards/" + key + "/submit?basedOn=" + Cards.version(r), null);
        assertEquals(409, again.status(), "a submitted card cannot be submitted again");
        Http.Reply locked = admin.put("/api/cards/" + key + "?basedOn=" + Cards.version(r), Cards.card(key, "کتابخانه زندان", "x", "y"));
        assertEquals(409, locked.status(), "a card in review cannot be changed");

        Http.Reply noComment = reviewer.post("/api/review/cards/" + key + "/request-changes?basedOn=" + Cards.version(r),
                "{\"comments\":[]}");
        assertEquals(400, noComment.status());
        assertEquals("comments", noComment.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        r = reviewer.post("/api/review/cards/" + key + "/request-changes?basedOn=" + Cards.version(r),
                "{\"comments\":[{\"path\":\"/specification/description\",\"text\":\"شرح کامل‌تر بنویسید\"}]}");
        assertEquals("CHANGES_REQUESTED", Cards.status(r), r.body());
        JsonArray comments = admin.get("/api/cards/" + key + "/comments").array();
        assertEquals("/specification/description", comments.getJsonObject(0).getString("path"));
        assertEquals("reviewer", comments.getJsonObject(0).getString("author"));

        r = admin.put("/api/cards/" + key + "?basedOn=" + Cards.version(r), Cards.card(key, "کتابخانه زندان", "امانت کتاب", "شرح کامل‌تر"));
        assertEquals(200, r.status(), r.body());
        r = admin.post("/api/cards/" + key + "/submit?basedOn=" + Cards.version(r), null);
        assertEquals("SUBMITTED", Cards.status(r));

        Http.Reply badId = reviewer.post("/api/review/cards/" + key + "/approve?basedOn=" + Cards.version(r), "{\"serviceId\":\"12-34\"}");
        assertEquals(400, badId.status());
        assertEquals("serviceId", badId.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        String serviceId = Cards.newServiceId();
        String persianDigits = serviceId.chars().mapToObj(c -> String.valueOf((char) ('۰' + (c - '0')))).reduce("", String::concat);
        r = reviewer.post("/api/review/cards/" + key + "/approve?basedOn=" + Cards.version(r), "{\"serviceId\":\"" + persianDigits + "\"}");
        assertEquals("APPROVED", Cards.status(r), r.body());
        assertEquals(serviceId, Cards.form(r).getJsonObject("identification").getString("serviceId"), "Persian digits read as digits");

        assertEquals(404, anonymous().get("/api/cards/" + key).status(), "not public before publication");
        r = reviewer.post("/api/review/cards/" + key + "/publish?basedOn=" + Cards.version(r), null);
        assertEquals("PUBLISHED", Cards.status(r));
        Http.Reply publicView = anonymous().get("/api/cards/" + key);
        assertEquals(200, publicView.status());
        assertEquals("شرح کامل‌تر", Cards.form(publicView).getJsonObject("specification").getString("description"));
        assertEquals(404, anonymous().get("/api/cards/" + key + "/history").status(), "the history is the province's");

        List<String> actions = admin.get("/api/cards/" + key + "/history").array().getValuesAs(JsonObject.class)
                .stream().map(e -> e.getString("action") + ":" + e.getString("actor") + ":" + e.getString("province")).toList();
        assertEquals(List.of("CREATED:tehran-admin:tehran", "SUBMITTED:tehran-admin:tehran",
                "CHANGES_REQUESTED:reviewer:tehran", "SAVED:tehran-admin:tehran", "SUBMITTED:tehran-admin:tehran",
                "APPROVED:reviewer:tehran", "PUBLISHED:reviewer:tehran"), actions);
        String saved = admin.get("/api/cards/" + key + "/history").array().getJsonObject(3).getString("details");
        assertTrue(saved.contains("/specification/description"), "the audit says what changed: " + saved);
    }

    @Test
    void editingAPublishedCardMakesANewVersionAndKeepsTheOld() {
        String key = publishedCard("tehran-admin", "نسخه‌ها", "شرح نسخه یک");
        Http admin = as("tehran-admin");
        Http reviewer = as("reviewer");
        Http.Reply v1 = admin.get("/api/cards/" + key);
        Http.Reply v2 = admin.put("/api/cards/" + key + "?basedOn=" + Cards.version(v1), Cards.card(key, "نسخه‌ها", "هدف", "شرح نسخه دو"));
        assertEquals(200, v2.status(), v2.body());
        assertEquals(2, v2.json().getInt("versionNo"));
        assertEquals("DRAFT", Cards.status(v2));
        assertEquals("شرح نسخه یک", Cards.form(anonymous().get("/api/cards/" + key)).getJsonObject("specification")
                .getString("description"), "the public still sees the published version");

        JsonArray diff = admin.get("/api/cards/" + key + "/diff?from=1&to=2").array();
        assertEquals(1, diff.size(), diff.toString());
        assertEquals("/specification/description", diff.getJsonObject(0).getString("path"));
        assertEquals("شرح نسخه یک", diff.getJsonObject(0).getString("before"));
        assertEquals("شرح نسخه دو", diff.getJsonObject(0).getString("after"));

        Http.Reply r = admin.post("/api/cards/" + key + "/submit?basedOn=" + Cards.version(v2), null);
        r = reviewer.post("/api/review/cards/" + key + "/approve?basedOn=" + Cards.version(r), "{}");
        assertEquals("APPROVED", Cards.status(r), "the new version keeps the card's service ID: " + r.body());
        reviewer.post("/api/review/cards/" + key + "/publish?basedOn=" + Cards.version(r), null);

        JsonArray versions = anonymous().get("/api/cards/" + key + "/versions").array();
        assertEquals(2, versions.size());
        assertEquals("PUBLISHED", versions.getJsonObject(0).getString("status"));
        assertEquals("SUPERSEDED", versions.getJsonObject(1).getString("status"));
        assertEquals("شرح نسخه یک", Cards.form(anonymous().get("/api/cards/" + key + "/versions/1"))
                .getJsonObject("specification").getString("description"), "every version is kept");
    }

    @Test
    void aServiceIdBelongsToOneCard() {
        String first = publishedCard("tehran-admin", "شناسه یکتا", "شرح");
        String taken = anonymous().get("/api/cards/" + first).json().getJsonObject("form").getJsonObject("identification")
                .getString("serviceId");
        String second = Cards.newKey("isfahan-unique");
        Http.Reply r = as("isfahan-admin").post("/api/cards", Cards.card(second, "شناسه دوم", "هدف", "شرح"));
        r = as("isfahan-admin").post("/api/cards/" + second + "/submit?basedOn=" + Cards.version(r), null);
        Http.Reply refused = as("reviewer").post("/api/review/cards/" + second + "/approve?basedOn=" + Cards.version(r),
                "{\"serviceId\":\"" + taken + "\"}");
        assertEquals(400, refused.status(), refused.body());
        assertEquals("serviceId", refused.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals("SUBMITTED", Cards.status(as("isfahan-admin").get("/api/cards/" + second)), "nothing changed");
    }

    @Test
    void aProvincialEditionTakesTheNationalChangesFieldByField() {
        String national = publishedCard("hq-admin", "خدمت ملی", "شرح ملی یک");
        Http isfahan = as("isfahan-admin");
        Http.Reply edition = isfahan.post("/api/cards/" + national + "/editions", null);
        assertEquals(201, edition.status(), edition.body());
        String editionKey = national + "-isfahan";
        assertEquals(editionKey, edition.json().getString("key"));
        assertEquals(national, edition.json().getString("baseKey"));
        edition = isfahan.put("/api/cards/" + editionKey + "?basedOn=" + Cards.version(edition),
                Cards.card(editionKey, "خدمت ملی", "هدف در اصفهان", "شرح ملی یک"));
        assertEquals(200, edition.status(), edition.body());

        // headquarters changes the summary and the description; the reviewer publishes version 2
        Http hq = as("hq-admin");
        Http.Reply n = hq.put("/api/cards/" + national + "?basedOn=" + Cards.version(hq.get("/api/cards/" + national)),
                Cards.card(national, "خدمت ملی", "هدف ملی تازه", "شرح ملی دو"));
        n = hq.post("/api/cards/" + national + "/submit?basedOn=" + Cards.version(n), null);
        n = as("reviewer").post("/api/review/cards/" + national + "/approve?basedOn=" + Cards.version(n), "{}");
        as("reviewer").post("/api/review/cards/" + national + "/publish?basedOn=" + Cards.version(n), null);

        JsonObject upstream = isfahan.get("/api/cards/" + editionKey + "/upstream").json();
        assertEquals(2, upstream.getInt("nationalVersion"));
        List<JsonObject> changes = upstream.getJsonArray("changes").getValuesAs(JsonObject.class);
        assertEquals(List.of("/summary", "/specification/description"), changes.stream().map(c -> c.getString("path")).toList());
        assertTrue(changes.get(0).getBoolean("editedLocally"), "the province wrote its own summary");
        assertFalse(changes.get(1).getBoolean("editedLocally"));

        Http.Reply taken = isfahan.post("/api/cards/" + editionKey + "/upstream?basedOn=" + Cards.version(isfahan.get("/api/cards/" + editionKey)),
                "[\"/specification/description\"]");
        assertEquals(200, taken.status(), taken.body());
        assertEquals("شرح ملی دو", Cards.form(taken).getJsonObject("specification").getString("description"));
        assertEquals("هدف در اصفهان", Cards.form(taken).getString("summary"), "the province keeps its own value");
        assertTrue(isfahan.get("/api/cards/" + editionKey + "/upstream").json().getJsonArray("changes").isEmpty(),
                "the edition is in step with national version 2");
        assertEquals(404, as("tehran-admin").get("/api/cards/" + editionKey + "/upstream").status());
    }

    @Test
    void twoConcurrentSavesNeverOverwriteEachOther() throws Exception {
        String key = Cards.newKey("tehran-race");
        Http admin = as("tehran-admin");
        long basedOn = Cards.version(admin.post("/api/cards", Cards.card(key, "همزمانی", "هدف", "شرح")));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Http.Reply>> saves = new ArrayList<>();
        for (String text : List.of("نوشته نفر اول", "نوشته نفر دوم")) {
            saves.add(pool.submit(() -> {
                start.await();
                return admin.put("/api/cards/" + key + "?basedOn=" + basedOn, Cards.card(key, "همزمانی", "هدف", text));
            }));
        }
        start.countDown();
        List<Http.Reply> replies = new ArrayList<>();
        for (Future<Http.Reply> f : saves) {
            replies.add(f.get());
        }
        pool.shutdown();
        List<Integer> statuses = replies.stream().map(Http.Reply::status).sorted().toList();
        assertEquals(List.of(200, 409), statuses, replies.toString());
        Http.Reply winner = replies.stream().filter(x -> x.status() == 200).findFirst().orElseThrow();
        Http.Reply loser = replies.stream().filter(x -> x.status() == 409).findFirst().orElseThrow();
        assertTrue(loser.body().contains("Reload"), loser.body());
        assertEquals(Cards.form(winner).getJsonObject("specification").getString("description"),
                Cards.form(admin.get("/api/cards/" + key)).getJsonObject("specification").getString("description"),
                "the stored card is the one save that succeeded");
    }

    @Test
    void aCardFileRoundTripsExactlyAndOtherFormatsAreRefusedWhole() {
        Http hq = as("hq-admin");
        Http.Reply file = as("reviewer").get("/api/cards/prisoner-transfer/json");
        assertEquals(200, file.status());
        String key = Cards.newKey("copy-of-transfer");
        JsonObject copy = Json.createObjectBuilder(file.json()).add("key", key).build();
        Http.Reply imported = hq.post("/api/cards/import", copy.toString());
        assertEquals(200, imported.status(), imported.body());
        JsonObject back = hq.get("/api/cards/" + key + "/json").json();
        assertEquals(copy, back, "exported, imported and exported again: the same document");

        String newer = Json.createObjectBuilder(copy).add("key", Cards.newKey("from-the-future")).add("formatVersion", 99).build().toString();
        Http.Reply refused = hq.post("/api/cards/import", newer);
        assertEquals(400, refused.status());
        assertEquals("formatVersion", refused.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Http.Reply garbage = hq.post("/api/cards/import", "{not json");
        assertEquals(400, garbage.status());
        assertEquals(200, hq.get("/api/cards?size=100").status());
        assertFalse(hq.get("/api/cards?size=100&q=" + Http.encode("from-the-future")).body().contains("from-the-future"));
    }

    @Test
    void theOfficialPrintoutAndTheExcelExport() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String auth = "Basic " + Base64.getEncoder().encodeToString(("reviewer:" + Http.DEMO_PASSWORD).getBytes());
        HttpResponse<byte[]> pdf = client.send(HttpRequest.newBuilder(URI.create(base + "api/cards/prisoner-visits/pdf"))
                .header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertArrayEquals("%PDF".getBytes(), Arrays.copyOf(pdf.body(), 4));

        HttpResponse<byte[]> xlsx = client.send(HttpRequest.newBuilder(URI.create(base + "api/cards/export.xlsx?q=" + Http.encode("زندان")))
                .header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, xlsx.statusCode());
        assertArrayEquals(new byte[]{'P', 'K'}, Arrays.copyOf(xlsx.body(), 2), "an .xlsx is a zip");
    }

    /** A card of the user's province (national for headquarters) taken through review to publication; its key. */
    private String publishedCard(String author, String title, String description) {
        String key = Cards.newKey(Cards.partOf(author) + "pub");
        Http admin = as(author);
        Http reviewer = as("reviewer");
        Http.Reply r = admin.post("/api/cards", Cards.card(key, title, "هدف", description));
        assertEquals(201, r.status(), r.body());
        r = admin.post("/api/cards/" + key + "/submit?basedOn=" + Cards.version(r), null);
        r = reviewer.post("/api/review/cards/" + key + "/approve?basedOn=" + Cards.version(r),
                "{\"serviceId\":\"" + Cards.newServiceId() + "\"}");
        r = reviewer.post("/api/review/cards/" + key + "/publish?basedOn=" + Cards.version(r), null);
        assertEquals("PUBLISHED", Cards.status(r), r.body());
        return key;
    }
}
