package ir.khadamat.testing;

import ir.khadamat.persian.NationalCode;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Drives cases through REST as their people would: fills each step from its definition (valid values of each
 * field's type, or the test's own), uploads the documents a step asks for, holds a slot, chooses decisions.
 */
public final class CaseDriver {

    private static final Random RANDOM = new Random();

    private final Http base;

    public CaseDriver(Http anonymous) {
        this.base = anonymous;
    }

    /** A valid national code (its check digit the one {@link NationalCode} takes), different each time. */
    public static String nationalCode() {
        while (true) {
            String nine = String.format("%09d", RANDOM.nextInt(1_000_000_000));
            for (char check = '0'; check <= '9'; check++) {
                if (NationalCode.isValid(nine + check)) {
                    return nine + check;
                }
            }
        }
    }

    /**
     * Publishes a copy of a seed card (its form and its process definition, under a new key) through the review, as
     * headquarters and a reviewer would; the seed cards themselves stay as the demonstration has them.
     */
    public String publishCopyOf(String seedKey) {
        return publishCopyOf(seedKey, UnaryOperator.identity());
    }

    /** {@link #publishCopyOf(String)}, its form changed first (e.g. §5's fees that the seed leaves unknown). */
    public String publishCopyOf(String seedKey, UnaryOperator<JsonObject> change) {
        Http reviewer = base.as("reviewer");
        Http hq = base.as("hq-admin");
        String key = Cards.newKey(seedKey + "-rt");
        JsonObject form = change.apply(reviewer.get("/api/cards/" + seedKey + "/json").json());
        Http.Reply r = hq.post("/api/cards/import", Json.createObjectBuilder(form).add("key", key).build().toString());
        assertEquals(200, r.status(), r.body());
        JsonObject process = reviewer.get("/api/cards/" + seedKey + "/process").json();
        r = hq.put("/api/cards/" + key + "/process?basedOn=" + Cards.version(r),
                Json.createObjectBuilder(process).add("cardKey", key).build().toString());
        assertEquals(200, r.status(), r.body());
        return publish(key, Cards.version(r));
    }

    /**
     * Publishes a new national card, through the REST API, whose process is the steps given followed by an END step {@code end}
     * (as {@link CardPublisher#publishWithSteps} does in the container).
     */
    public String publishWithSteps(String prefix, String steps) {
        Http hq = base.as("hq-admin");
        String key = Cards.newKey(prefix); // a national card: headquarters' own
        Http.Reply r = hq.post("/api/cards/import", Cards.card(key, "خدمت آزمون " + prefix, "هدف", "شرح"));
        assertEquals(200, r.status(), r.body());
        r = hq.put("/api/cards/" + key + "/process?basedOn=" + Cards.version(r), Cards.processWithSteps(key, steps));
        assertEquals(200, r.status(), r.body());
        return publish(key, Cards.version(r));
    }

    public String publish(String key, long version) {
        Http hq = base.as("hq-admin");
        Http reviewer = base.as("reviewer");
        Http.Reply r = hq.post("/api/cards/" + key + "/submit?basedOn=" + version, null);
        assertEquals(200, r.status(), r.body());
        r = reviewer.post("/api/review/cards/" + key + "/approve?basedOn=" + Cards.version(r),
                "{\"serviceId\":\"" + Cards.newServiceId() + "\"}");
        assertEquals(200, r.status(), r.body());
        r = reviewer.post("/api/review/cards/" + key + "/publish?basedOn=" + Cards.version(r), null);
        assertEquals("PUBLISHED", Cards.status(r), r.body());
        return key;
    }

    /**
     * The one-time code the last SMS to this mobile carried, as its phone shows it: the demonstration's SMS sink
     * ({@code GET /api/demo/sms}, demo mode only). The outbox shows the code masked.
     */
    public String lastCodeSentTo(String mobile) {
        for (JsonValue v : base.get("/api/demo/sms?mobile=" + mobile).array()) {
            String text = ((JsonString) v).getString();
            if (text.contains("کد یک‌بار مصرف")) {
                String digits = text.replaceAll("[^۰-۹]", "");
                StringBuilder ascii = new StringBuilder();
                digits.chars().limit(6).forEach(c -> ascii.append((char) ('0' + (c - '۰'))));
                return ascii.toString();
            }
        }
        throw new AssertionError("no one-time code was sent to " + mobile);
    }

    /** Tehran's staff start a case of a service at the Greater Tehran prison, about a subject (or none). */
    public JsonObject startAsStaff(String card, String subject) {
        Http.Reply r = base.as("tehran-staff").post("/api/cases", "{\"cardKey\":\"" + card
                + "\",\"unitCode\":\"tehran-greater-prison\"" + (subject == null ? "" : ",\"subjectRef\":\"" + subject + "\"") + "}");
        assertEquals(201, r.status(), r.body());
        assertTrue(r.json().getString("trackingCode").matches("[0-9]{16}"));
        return r.json();
    }

    /** Admits a new prisoner in Tehran through an admission service; the case as it ended. */
    public JsonObject admit(String admissionCard, String prisonerNumber) {
        JsonObject c = startAsStaff(admissionCard, null);
        return runToEnd(c.getString("trackingCode"), new Play("tehran-staff", "tehran-admin", null,
                Map.of("prisonerNumber", prisonerNumber, "nationalCode", nationalCode()), Map.of("verify-identity", "verified")));
    }

    /** Does a staff case's steps until it no longer waits for a person; the case then. */
    public JsonObject runWhileOpen(String trackingCode, Play play) {
        JsonObject view = read(trackingCode, play);
        for (int i = 0; i < 30 && "OPEN".equals(view.getString("status")); i++) {
            view = doStep(trackingCode, view, play);
        }
        return view;
    }

    /** How a test plays a case: who does which role, and the values and outcomes it wants. */
    public record Play(String staff, String admin, String token, Map<String, String> values, Map<String, String> outcomes) {
    }

    /** Runs the case step by step until it closes; the case as it ends. */
    public JsonObject runToEnd(String trackingCode, Play play) {
        JsonObject view = read(trackingCode, play);
        for (int i = 0; i < 40 && !"CLOSED".equals(view.getString("status")); i++) {
            if ("WAITING".equals(view.getString("status"))) {
                if (view.get("awaitedLetter") instanceof JsonObject) {
                    view = replyToLetter(trackingCode, play.staff(), "۱۲۳۴/ک", "۱۴۰۴/۰۸/۲۰");
                    continue;
                }
                Http.Reply sent = base.as("sysadmin").post("/api/exchanges/batches", null);
                assertEquals(200, sent.status(), sent.body());
                sleep();
                view = read(trackingCode, play);
                continue;
            }
            view = doStep(trackingCode, view, play);
        }
        assertEquals("CLOSED", view.getString("status"), view.toString());
        return view;
    }

    /** Records by hand the reply to the letter the case waits for, as its staff would; the case after it. */
    public JsonObject replyToLetter(String trackingCode, String staff, String number, String date) {
        Http.Reply r = base.as(staff).post("/api/cases/" + trackingCode + "/letter-reply",
                Json.createObjectBuilder().add("number", number).add("date", date).add("text", "با مبادله موافقت می‌شود").build().toString());
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    public JsonObject read(String trackingCode, Play play) {
        Http.Reply r = play.token() != null
                ? send(base, "GET", "/api/public/cases/" + trackingCode + "/mine", null, play.token(), null)
                : base.as(play.staff()).get("/api/cases/" + trackingCode);
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    /** Does the current step with valid values; returns the case after it. */
    public JsonObject doStep(String code, JsonObject view, Play play) {
        JsonObject step = view.getJsonObject("currentStep");
        String id = step.getString("id");
        String role = step.getString("role");
        boolean applicant = "applicant".equals(role) && play.token() != null;
        Http staff = base.as("province-admin".equals(role) ? play.admin() : play.staff());
        String prefix = applicant ? "/api/public/cases/" + code : "/api/cases/" + code;
        JsonObjectBuilder values = Json.createObjectBuilder();
        switch (step.getString("kind")) {
            case "FORM", "DOCUMENTS" -> {
                for (JsonValue fv : step.getJsonArray("fields")) {
                    JsonObject f = fv.asJsonObject();
                    String name = f.getString("name");
                    if ("FILE".equals(f.getString("type"))) {
                        upload(applicant ? base : staff, prefix, id, name, play.token());
                    } else if (play.values().containsKey(name)) {
                        values.add(name, play.values().get(name));
                    } else {
                        values.add(name, sample(f));
                    }
                }
            }
            case "DECISION" -> {
                for (JsonValue fv : step.getJsonArray("fields")) {
                    JsonObject f = fv.asJsonObject();
                    if (f.getBoolean("required")) {
                        values.add(f.getString("name"), play.values().getOrDefault(f.getString("name"), sample(f)));
                    }
                }
                JsonArray outcomes = step.getJsonArray("outcomes");
                String chosen = play.outcomes().getOrDefault(id, outcomes.getJsonObject(0).getString("name"));
                values.add("outcome", chosen);
            }
            case "APPOINTMENT" -> {
                String type = step.getJsonArray("visitTypes").getString(0);
                Http.Reply slots = send(applicant ? base : staff, "GET", prefix + "/slots?type=" + type + "&days=14", null,
                        play.token(), null);
                assertEquals(200, slots.status(), slots.body());
                JsonObject free = slots.array().getValuesAs(JsonObject.class).stream()
                        .filter(s -> s.getInt("free") > 0).findFirst().orElseThrow(() -> new AssertionError("no free slot"));
                Http.Reply held = send(applicant ? base : staff, "POST", prefix + "/slots/hold",
                        "{\"visitType\":\"" + type + "\",\"startsAt\":\"" + free.getString("startsAt") + "\"}", play.token(),
                        "application/json");
                assertEquals(200, held.status(), held.body());
                view = read(code, play);
            }
            default -> {
            }
        }
        String body = Json.createObjectBuilder().add("values", values).build().toString();
        Http.Reply r = send(applicant ? base : staff, "POST", prefix + "/steps/" + id + "?basedOn="
                + view.getJsonNumber("version").longValue(), body, play.token(), "application/json");
        assertEquals(200, r.status(), id + ": " + r.body());
        return r.json();
    }

    private void upload(Http http, String prefix, String step, String name, String token) {
        Http.Reply r = send(http, "POST", prefix + "/documents?step=" + step + "&name=" + name + "&fileName=" + name + ".pdf",
                "%PDF-1.4 test " + name, token, "application/pdf");
        assertEquals(201, r.status(), r.body());
        assertTrue(r.json().getString("sha256").matches("[0-9a-f]{64}"));
    }

    public static String sample(JsonObject field) {
        return switch (field.getString("type")) {
            case "NUMBER" -> "12";
            case "AMOUNT_RIALS" -> "۲٬۵۰۰٬۰۰۰";
            case "JALALI_DATE" -> "۱۴۰۴/۰۸/۰۱";
            case "CHOICE" -> field.getJsonObject("options").keySet().iterator().next();
            case "NATIONAL_CODE" -> nationalCode();
            case "MOBILE" -> "09121234567";
            case "BOOLEAN" -> "true";
            default -> "متن آزمایشی";
        };
    }

    public Http.Reply send(Http http, String method, String path, String body, String token, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.base() + path)).header("Accept", "application/json");
        if (token != null) {
            request.header("X-Applicant-Token", token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return http.send(request);
    }

    public static String text(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v instanceof JsonString s ? s.getString() : null;
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
