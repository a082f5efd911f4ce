package ir.khadamat.runtime;

import ir.khadamat.persian.MobileNumber;
import ir.khadamat.persian.NationalCode;
import ir.khadamat.runtime.CaseCaller;
import ir.khadamat.runtime.CaseEngine;
import ir.khadamat.runtime.documents.CaseDocuments;
import ir.khadamat.runtime.subject.SubjectRegistry;
import ir.khadamat.testing.As;
import ir.khadamat.testing.CardPublisher;
import ir.khadamat.testing.Cards;
import ir.khadamat.testing.CaseDriver;
import ir.khadamat.testing.Deployments;
import ir.khadamat.testing.Http;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The holes in the rules of issue 10 §4, each shown closed through the API as a caller meets it: cross-site changes
 * (the screen session's cookie or a browser's cached Basic credentials from a foreign page), a card import over
 * another save, a case's unit in another province, a seat held at a step that takes no appointment, another
 * citizen's stored mobile overwritten by the public flow, staff input unchecked, existence oracles of card keys and
 * user names, Gregorian years in Jalali fields, {@code javascript:} web addresses, uploads of any content.
 */
@ExtendWith(ArquillianExtension.class)
class RuleHolesIT {

    private static final String FOREIGN = "http://attacker.example";
    private static final String PDF = "%PDF-1.4 a scanned letter";
    private static final String STEPS = "{\"id\":\"s1\",\"title\":\"درخواست\",\"kind\":\"FORM\",\"role\":\"province-staff\","
            + "\"fields\":[{\"name\":\"when\",\"label\":\"تاریخ\",\"type\":\"JALALI_DATE\",\"required\":true}],"
            + "\"next\":[{\"to\":\"docs\"}]},"
            + "{\"id\":\"docs\",\"title\":\"مدارک\",\"kind\":\"DOCUMENTS\",\"role\":\"province-staff\","
            + "\"fields\":[{\"name\":\"scan\",\"label\":\"نامه\",\"type\":\"FILE\",\"required\":true}],\"next\":[{\"to\":\"book\"}]},"
            + "{\"id\":\"book\",\"title\":\"نوبت\",\"kind\":\"APPOINTMENT\",\"role\":\"province-staff\","
            + "\"config\":{\"visitTypes\":\"PRIVATE\"},\"next\":[{\"to\":\"end\"}]}";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(RuleHolesIT.class, CardPublisher.class, As.class, Http.class, Http.Reply.class, Cards.class,
                CaseDriver.class, CaseDriver.Play.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    CardPublisher publisher;

    @EJB
    CaseEngine engine;

    @EJB
    SubjectRegistry subjects;

    private static String service;

    @BeforeEach
    void aPublishedTehranService() throws Exception {
        if (service == null) {
            service = publisher.publishWithSteps("rules", STEPS);
        }
    }

    private Http anonymous() {
        return new Http(base);
    }

    // ---- 1. cross-site requests ----

    @Test
    void theScreenSessionChangesNothingFromAForeignOrMissingOrigin() {
        Http session = anonymous().signedIn("tehran-admin");
        String key = Cards.newKey("tehran-csrf-session");
        Http.Reply foreign = session.withOrigin(FOREIGN).post("/api/cards", Cards.card(key, "جعلی", "هدف", "شرح"));
        assertEquals(403, foreign.status(), foreign.body());
        assertEquals(Problem.TYPE, foreign.contentType());
        assertEquals("Origin", foreign.json().getString("parameter"));
        Http.Reply none = session.withOrigin(null).post("/api/cards", Cards.card(key, "بی‌مبدا", "هدف", "شرح"));
        assertEquals(403, none.status(), "no Origin and no Referer on a cookie-session change: " + none.body());
        Http.Reply badReferer = session.withOrigin(null).send(json(session, "/api/cards", Cards.card(key, "x", "هدف", "شرح"))
                .header("Referer", FOREIGN + "/page.html"));
        assertEquals(403, badReferer.status(), badReferer.body());
        assertEquals(404, anonymous().as("tehran-admin").get("/api/cards/" + key).status(), "nothing was created");

        Http.Reply same = session.post("/api/cards", Cards.card(key, "خدمت درست", "هدف", "شرح"));
        assertEquals(201, same.status(), "the site's own Origin: " + same.body());
        Http.Reply byReferer = session.withOrigin(null).send(HttpRequest.newBuilder(URI.create(session.base()
                        + "/api/cards/" + key + "/submit?basedOn=" + Cards.version(same)))
                .header("Accept", "application/json").header("Referer", session.base() + "/workspace/index.xhtml")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, byReferer.status(), "the site's own Referer when no Origin is sent: " + byReferer.body());
    }

    @Test
    void basicCredentialsAreRefusedFromAForeignOriginAndWorkForApiClients() {
        String key = Cards.newKey("tehran-csrf-basic");
        Http browser = anonymous().as("tehran-admin").withOrigin(FOREIGN);
        Http.Reply refused = browser.post("/api/cards", Cards.card(key, "جعلی", "هدف", "شرح"));
        assertEquals(403, refused.status(), refused.body());
        Http client = anonymous().as("tehran-admin");
        Http.Reply created = client.post("/api/cards", Cards.card(key, "خدمت", "هدف", "شرح"));
        assertEquals(201, created.status(), "a plain API client (no Origin, explicit Basic): " + created.body());
        Http.Reply sameOrigin = client.withOrigin(Http.originOf(client.base()))
                .put("/api/cards/" + key + "?basedOn=" + Cards.version(created), Cards.card(key, "خدمت ۲", "هدف", "شرح"));
        assertEquals(200, sameOrigin.status(), sameOrigin.body());
    }

    @Test
    void formAndPlainTextBodiesAreRefusedWhereJsonIsTaken() {
        Http hq = anonymous().as("hq-admin");
        String key = Cards.newKey("csrf-import");
        Http.Reply created = hq.post("/api/cards", Cards.card(key, "خدمت اصلی", "هدف", "شرح"));
        assertEquals(201, created.status(), created.body());
        long version = Cards.version(created);

        Http.Reply plain = hq.send(HttpRequest.newBuilder(URI.create(hq.base() + "/api/cards/import"))
                .header("Accept", "application/json").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(Cards.card(key, "بازنویسی", "هدف", "شرح"))));
        assertEquals(415, plain.status(), plain.body());
        assertEquals(Problem.TYPE, plain.contentType());
        Http.Reply form = hq.send(HttpRequest.newBuilder(URI.create(hq.base() + "/api/cards/" + key + "/submit?basedOn=" + version))
                .header("Accept", "application/json").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("a=b")));
        assertEquals(415, form.status(), form.body());
        assertEquals("Content-Type", form.json().getString("parameter"));
        Http.Reply batches = anonymous().as("sysadmin").send(HttpRequest.newBuilder(URI.create(hq.base() + "/api/exchanges/batches"))
                .header("Accept", "application/json").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("x=1")));
        assertEquals(415, batches.status(), batches.body());
        Http.Reply card = hq.get("/api/cards/" + key);
        assertEquals(version, Cards.version(card), "the card is as it was");
        assertEquals("DRAFT", Cards.status(card));
    }

    @Test
    void anImportOverAnExistingCardNamesTheVersionItIsBasedOn() {
        Http hq = anonymous().as("hq-admin");
        String key = Cards.newKey("import-based");
        Http.Reply created = hq.post("/api/cards/import", Cards.card(key, "خدمت وارد شده", "هدف", "شرح"));
        assertEquals(200, created.status(), "a new card needs no basedOn: " + created.body());
        long version = Cards.version(created);
        Http.Reply without = hq.post("/api/cards/import", Cards.card(key, "بازنویسی", "هدف", "شرح"));
        assertEquals(409, without.status(), without.body());
        assertEquals("basedOn", without.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Http.Reply stale = hq.post("/api/cards/import?basedOn=" + (version - 1), Cards.card(key, "بازنویسی", "هدف", "شرح"));
        assertEquals(409, stale.status(), stale.body());
        assertEquals("خدمت وارد شده", Cards.form(hq.get("/api/cards/" + key)).getJsonObject("identification").getString("title"),
                "nothing was overwritten");
        Http.Reply based = hq.post("/api/cards/import?basedOn=" + version, Cards.card(key, "نسخه تازه", "هدف", "شرح"));
        assertEquals(200, based.status(), based.body());
        assertEquals("نسخه تازه", Cards.form(based).getJsonObject("identification").getString("title"));
    }

    // ---- 2. units and appointments ----

    @Test
    void aCaseTakesOnlyAUnitOfItsOwnProvince() {
        Http staff = anonymous().as("tehran-staff");
        for (String unit : List.of("isfahan-central-prison", "no-such-prison")) {
            Http.Reply r = staff.post("/api/cases", "{\"cardKey\":\"" + service + "\",\"unitCode\":\"" + unit + "\"}");
            assertEquals(400, r.status(), unit + ": " + r.body());
            assertEquals(Set.of("unitCode"), fields(r), unit);
        }
        assertEquals(201, staff.post("/api/cases", "{\"cardKey\":\"" + service + "\",\"unitCode\":\"tehran-greater-prison\"}")
                .status());
    }

    @Test
    void aSeatIsHeldOnlyAtAnAppointmentStep() {
        Http staff = anonymous().as("tehran-staff");
        JsonObject c = staff.post("/api/cases", "{\"cardKey\":\"" + service + "\",\"unitCode\":\"tehran-greater-prison\"}").json();
        String code = c.getString("trackingCode");
        JsonObject slot = staff.get("/api/cases/" + code + "/slots?type=PRIVATE").array().stream()
                .map(JsonValue::asJsonObject).filter(s -> s.getInt("free") > 0).findFirst().orElseThrow();
        String hold = "{\"visitType\":\"PRIVATE\",\"startsAt\":\"" + slot.getString("startsAt") + "\"}";
        Http.Reply early = staff.post("/api/cases/" + code + "/slots/hold", hold);
        assertEquals(400, early.status(), "a FORM step takes no appointment: " + early.body());
        assertEquals(Set.of("slot"), fields(early));

        JsonObject atDocs = staff.post("/api/cases/" + code + "/steps/s1?basedOn=" + c.getJsonNumber("version").longValue(),
                "{\"values\":{\"when\":\"۱۴۰۴/۰۱/۱۵\"}}").json();
        assertEquals("docs", atDocs.getJsonObject("currentStep").getString("id"));
        assertEquals(400, staff.post("/api/cases/" + code + "/slots/hold", hold).status(), "nor does a DOCUMENTS step");
        assertEquals(201, upload(staff, code, "docs", "scan", "letter.pdf", "application/pdf", PDF.getBytes()).statusCode());
        JsonObject atBook = staff.post("/api/cases/" + code + "/steps/docs?basedOn=" + atDocs.getJsonNumber("version").longValue(),
                "{\"values\":{}}").json();
        assertEquals("book", atBook.getJsonObject("currentStep").getString("id"));
        Http.Reply held = staff.post("/api/cases/" + code + "/slots/hold", hold);
        assertEquals(200, held.status(), "at the appointment step: " + held.body());
    }

    // ---- 3. the person registry and staff input ----

    @Test
    void anUnverifiedClaimNeverChangesAStoredPerson() {
        String citizen = CaseDriver.nationalCode();
        Http staff = anonymous().as("tehran-staff");
        Http.Reply own = staff.post("/api/cases", "{\"cardKey\":\"" + service + "\",\"applicantNationalCode\":\"" + citizen
                + "\",\"applicantMobile\":\"۰۹۱۲ ۱۱۱ ۲۲۳۳\"}");
        assertEquals(201, own.status(), own.body());
        assertEquals("09121112233", own.json().getString("applicantMobile"), "stored normalised");
        NationalCode theirs = NationalCode.of(citizen);
        assertEquals("09121112233", As.user("sysadmin", () -> subjects.person(theirs).orElseThrow().getMobile().value()));

        // somebody else files on the public side with the citizen's national code and their own (proved) mobile
        var started = engine.startAndShow(CaseCaller.applicant(new MobileNumber("09359998877")), service, "tehran",
                new CaseEngine.StartRequest(null, citizen, "09359998877", null));
        assertEquals("09359998877", started.applicantMobile(), "the claim stays on the case");
        assertEquals("09121112233", As.user("sysadmin", () -> subjects.person(theirs).orElseThrow().getMobile().value()),
                "the citizen's stored mobile is unchanged");
    }

    @Test
    void staffInputIsChecked() {
        Http staff = anonymous().as("tehran-staff");
        Http.Reply mobile = staff.post("/api/cases", "{\"cardKey\":\"" + service + "\",\"applicantMobile\":\"abc\"}");
        assertEquals(400, mobile.status(), mobile.body());
        assertEquals(Set.of("applicantMobile"), fields(mobile));
        Http.Reply longMobile = staff.post("/api/cases", "{\"cardKey\":\"" + service + "\",\"applicantMobile\":\"0912123456789012345678901\"}");
        assertEquals(400, longMobile.status(), longMobile.body());
        Http.Reply code = staff.post("/api/cases", "{\"cardKey\":\"" + service + "\",\"applicantNationalCode\":\"0012345678\"}");
        assertEquals(400, code.status(), code.body());
        assertEquals(Set.of("applicantNationalCode"), fields(code));
    }

    // ---- 4. existence oracles ----

    @Test
    void aCardKeySaysNothingAboutAnotherProvincesCards() {
        String tehranKey = Cards.newKey("tehran-hidden");
        assertEquals(201, anonymous().as("tehran-admin").post("/api/cards", Cards.card(tehranKey, "پنهان", "هدف", "شرح")).status());
        String isfahanKey = Cards.newKey("isfahan-own");
        Http isfahan = anonymous().as("isfahan-admin");
        assertEquals(201, isfahan.post("/api/cards", Cards.card(isfahanKey, "خودی", "هدف", "شرح")).status());

        // a key of Tehran's part answers alike whether or not Tehran has a card with it, created or imported
        String absentKey = Cards.newKey("tehran-absent");
        Http.Reply hidden = isfahan.post("/api/cards", Cards.card(tehranKey, "تلاش", "هدف", "شرح"));
        Http.Reply absent = isfahan.post("/api/cards", Cards.card(absentKey, "تلاش", "هدف", "شرح"));
        Http.Reply imported = isfahan.post("/api/cards/import", Cards.card(tehranKey, "تلاش", "هدف", "شرح"));
        Http.Reply importedAbsent = isfahan.post("/api/cards/import", Cards.card(absentKey, "تلاش", "هدف", "شرح"));
        Http.Reply national = isfahan.post("/api/cards", Cards.card(Cards.newKey("national"), "تلاش", "هدف", "شرح"));
        for (Http.Reply r : List.of(hidden, absent, imported, importedAbsent, national)) {
            assertEquals(400, r.status(), r.body());
        }
        assertEquals(errors(absent), errors(hidden), "Tehran's key answers as a free key of Tehran's part does");
        assertEquals(errors(hidden), errors(imported), "an import with the key answers the same, not 404");
        assertEquals(errors(importedAbsent), errors(imported));
        assertEquals(errors(hidden), errors(national), "a key outside Isfahan's part is refused alike");
        assertEquals(404, anonymous().as("tehran-admin").get("/api/cards/" + absentKey).status(), "nothing was created");

        // within its own part a taken key answers as a malformed key does; national keys stay out of the provinces'
        Http.Reply own = isfahan.post("/api/cards", Cards.card(isfahanKey, "تلاش", "هدف", "شرح"));
        Http.Reply malformed = isfahan.post("/api/cards", Cards.card("Not_A_Key", "تلاش", "هدف", "شرح"));
        assertEquals(400, own.status(), own.body());
        assertEquals(errors(malformed), errors(own));
        Http.Reply nationalInTehran = anonymous().as("hq-admin").post("/api/cards", Cards.card(Cards.newKey("tehran-hq"), "ملی", "هدف", "شرح"));
        assertEquals(400, nationalInTehran.status(), nationalInTehran.body());
        Http.Reply editionLike = anonymous().as("hq-admin").post("/api/cards", Cards.card("visit-isfahan", "ملی", "هدف", "شرح"));
        assertEquals(400, editionLike.status(), "an edition's key is the province's: " + editionLike.body());
        assertNotEquals(-1, errors(hidden).indexOf("key"));
    }

    @Test
    void aUserNameSaysNothingAboutAnotherProvincesUsers() {
        Http tehran = anonymous().as("tehran-admin");
        Http.Reply existing = tehran.post("/api/users", user("isfahan-staff"));
        Http.Reply absent = tehran.post("/api/users", user("isfahan-nobody-" + System.nanoTime() % 100000));
        assertEquals(400, existing.status(), existing.body());
        assertEquals(400, absent.status(), absent.body());
        assertEquals(existing.json().getString("detail"), absent.json().getString("detail"),
                "a name of Isfahan's users is outside Tehran's part of the names, whether it exists or not");
        assertEquals(Set.of("username"), fields(existing));
        Http.Reply mine = tehran.post("/api/users", user("tehran-clerk-" + System.nanoTime() % 100000));
        assertEquals(201, mine.status(), mine.body());
    }

    private static String user(String name) {
        return "{\"username\":\"" + name + "\",\"password\":\"long-enough-pass\",\"fullName\":\"کاربر\","
                + "\"role\":\"province-staff\",\"provinceCode\":\"tehran\"}";
    }

    // ---- 5. dates and web addresses ----

    @Test
    void aGregorianYearIsNotTakenAsJalali() {
        Http staff = anonymous().as("tehran-staff");
        JsonObject c = staff.post("/api/cases", "{\"cardKey\":\"" + service + "\"}").json();
        Http.Reply gregorian = staff.post("/api/cases/" + c.getString("trackingCode") + "/steps/s1?basedOn="
                + c.getJsonNumber("version").longValue(), "{\"values\":{\"when\":\"2026/03/01\"}}");
        assertEquals(400, gregorian.status(), gregorian.body());
        assertEquals(Set.of("when"), fields(gregorian));
        assertTrue(gregorian.json().getJsonArray("errors").getJsonObject(0).getString("message").contains("1500"),
                gregorian.body());
        Http.Reply closed = anonymous().as("tehran-admin").post("/api/units/tehran-greater-prison/closed-days",
                "{\"day\":\"2026/03/01\",\"note\":\"x\"}");
        assertEquals(400, closed.status(), closed.body());
        assertEquals(Set.of("day"), fields(closed));
    }

    @Test
    void onlyHttpWebAddressesAreStored() {
        Http hq = anonymous().as("hq-admin");
        for (String address : List.of("javascript:alert(document.cookie)", "JavaScript:alert(1)", "data:text/html,<b>x</b>",
                "www.example.ir", "https://user@example.ir/")) {
            Http.Reply r = hq.post("/api/cards", withAddress(Cards.newKey("web"), address));
            assertEquals(400, r.status(), address + ": " + r.body());
            assertEquals(Set.of("access.webAddress"), fields(r), address);
        }
        Http.Reply ok = hq.post("/api/cards", withAddress(Cards.newKey("web"), "https://www.prisons.ir/services/visit"));
        assertEquals(201, ok.status(), ok.body());
    }

    private static String withAddress(String key, String address) {
        JsonObject card = Json.createReader(new StringReader(Cards.card(key, "خدمت وب", "هدف", "شرح"))).readObject();
        return Json.createObjectBuilder(card).add("access", Json.createObjectBuilder().add("webAddress", address)).build().toString();
    }

    // ---- 6. uploads ----

    @Test
    void uploadsAreTakenByContentWithinAQuotaAndServedAsAttachments() throws Exception {
        Http staff = anonymous().as("tehran-staff");
        JsonObject c = staff.post("/api/cases", "{\"cardKey\":\"" + service + "\"}").json();
        String code = c.getString("trackingCode");
        c = staff.post("/api/cases/" + code + "/steps/s1?basedOn=" + c.getJsonNumber("version").longValue(),
                "{\"values\":{\"when\":\"1404/01/15\"}}").json();

        HttpResponse<String> html = upload(staff, code, "docs", "scan", "letter.pdf", "application/pdf",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, html.statusCode(), html.body());
        assertTrue(html.body().contains("\"file\""), html.body());

        HttpResponse<String> pdf = upload(staff, code, "docs", "scan", "letter", "text/html", PDF.getBytes());
        assertEquals(201, pdf.statusCode(), pdf.body());
        JsonObject doc = Json.createReader(new StringReader(pdf.body())).readObject();
        assertEquals("application/pdf", doc.getString("contentType"), "the kind detected, not the type sent");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
        assertEquals(201, upload(staff, code, "docs", "scan", "photo.png", "image/png", png).statusCode());

        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(staff.base()
                        + "/api/cases/" + code + "/documents/" + doc.getJsonNumber("id").longValue()))
                .header("Authorization", basic("tehran-staff")).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode());
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"),
                download.headers().map().toString());
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(download.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        assertEquals(PDF, new String(download.body(), StandardCharsets.ISO_8859_1));

        System.setProperty(CaseDocuments.PER_CASE, "3");
        try {
            assertEquals(201, upload(staff, code, "docs", "scan", "third.pdf", "application/pdf", PDF.getBytes()).statusCode());
            HttpResponse<String> over = upload(staff, code, "docs", "scan", "fourth.pdf", "application/pdf", PDF.getBytes());
            assertEquals(400, over.statusCode(), "the fourth document of a case with a quota of three: " + over.body());
            assertTrue(over.body().contains("\"file\""), over.body());
        } finally {
            System.clearProperty(CaseDocuments.PER_CASE);
        }
    }

    // ---- helpers ----

    private static HttpRequest.Builder json(Http http, String path, String body) {
        return HttpRequest.newBuilder(URI.create(http.base() + path)).header("Accept", "application/json")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> upload(Http http, String code, String step, String name, String fileName,
                                               String contentType, byte[] content) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(http.base() + "/api/cases/" + code
                            + "/documents?step=" + step + "&name=" + name + "&fileName=" + Http.encode(fileName)))
                    .header("Authorization", basic("tehran-staff")).header("Accept", "application/json")
                    .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(content)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + Http.DEMO_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static Set<String> fields(Http.Reply r) {
        return r.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).collect(Collectors.toSet());
    }

    private static String errors(Http.Reply r) {
        return r.json().getJsonArray("errors").toString();
    }

    private static final class Problem {
        static final String TYPE = "application/problem+json";
    }
}
