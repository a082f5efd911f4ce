package ir.khadamat.runtime;

import ir.khadamat.testing.Cards;
import ir.khadamat.testing.CaseDriver;
import ir.khadamat.testing.ClientTest;
import ir.khadamat.testing.Http;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seven prison services end to end through REST, each with its real process definition (catalog-data), on a
 * published copy of its seed card; the public side (one-time code, applicant token, tracking, verification of an
 * issued document); and a card that is none of the seven, with a definition of its own, run with no new code.
 */
class RuntimeIT extends ClientTest {

    CaseDriver runtime;

    @BeforeEach
    void driver() {
        runtime = new CaseDriver(new Http(base));
    }

    private CaseDriver.Play staffPlay(Map<String, String> values, Map<String, String> outcomes) {
        return new CaseDriver.Play("tehran-staff", "tehran-admin", null, values, outcomes);
    }

    /** Admits a new prisoner in Tehran through the admission service; the prisoner number. */
    private String admit(String card) {
        String number = "T" + System.nanoTime() % 1_000_000_000L;
        JsonObject end = runtime.admit(card, number);
        assertEquals("admitted", end.getString("result"));
        assertTrue(end.getJsonArray("exchanges").getValuesAs(JsonObject.class).stream()
                .anyMatch(x -> x.getString("partner").equals("judiciary-cms") && x.getString("outcome").equals("OK")),
                "the judiciary's case management was asked");
        assertEquals(number, end.getString("subjectRef"));
        return number;
    }

    @Test
    void admissionRegistersThePrisoner() {
        String admission = runtime.publishCopyOf("prisoner-admission");
        String number = admit(admission);
        assertFalse(number.isEmpty());
        // the same prisoner number cannot be admitted twice
        JsonObject again = runtime.startAsStaff(admission, null);
        CaseDriver.Play play = staffPlay(Map.of("prisonerNumber", number, "nationalCode", CaseDriver.nationalCode()),
                Map.of("verify-identity", "verified"));
        JsonObject view = runtime.read(again.getString("trackingCode"), play);
        while (!"register".equals(view.getJsonObject("currentStep").getString("id"))) {
            view = runtime.doStep(again.getString("trackingCode"), view, play);
        }
        Http.Reply refused = new Http(base).as("tehran-staff").post("/api/cases/" + again.getString("trackingCode")
                + "/steps/register?basedOn=" + view.getJsonNumber("version"), "{\"values\":{\"prisonerNumber\":\"" + number
                + "\",\"ward\":\"۳\",\"admissionDate\":\"1404/08/01\"}}");
        assertEquals(400, refused.status());
        assertEquals("prisonerNumber", refused.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void transferPaysTheFeeAndHandsTheCaseToTheOtherProvince() {
        String number = admit(runtime.publishCopyOf("prisoner-admission"));
        String transfer = runtime.publishCopyOf("prisoner-transfer");
        JsonObject c = runtime.startAsStaff(transfer, number);
        String code = c.getString("trackingCode");
        JsonObject end = runtime.runToEnd(code, staffPlay(Map.of("prisonerNumber", number, "kind", "domestic",
                "destinationProvince", "isfahan", "destinationPrison", "isfahan-central-prison"), Map.of()));
        assertEquals("transferred", end.getString("result"));
        assertEquals("isfahan", end.getString("provinceCode"));
        JsonObject paid = end.getJsonArray("payments").getJsonObject(0);
        assertEquals(40000, paid.getJsonNumber("amountRials").longValue(), "the card's §5 fee");
        assertEquals("PAID", paid.getString("status"));
        assertEquals(404, new Http(base).as("tehran-staff").get("/api/cases/" + code).status(),
                "handed over: Tehran no longer sees the case");
        assertEquals(200, new Http(base).as("isfahan-staff").get("/api/cases/" + code).status());
    }

    @Test
    void aForeignExchangeWaitsForTheMinistrysReplyRecordedByHand() {
        String number = admit(runtime.publishCopyOf("prisoner-admission"));
        String transfer = runtime.publishCopyOf("prisoner-transfer");
        String code = runtime.startAsStaff(transfer, number).getString("trackingCode");
        CaseDriver.Play play = staffPlay(Map.of("prisonerNumber", number, "kind", "foreign"), Map.of());
        JsonObject view = runtime.runWhileOpen(code, play);
        assertEquals("WAITING", view.getString("status"), view.toString());
        assertEquals("foreign-ministry", view.getString("waitingFor"));
        JsonObject letter = view.getJsonObject("awaitedLetter");
        Http staff = new Http(base).as("tehran-staff");
        Http.Reply pdf = staff.send(HttpRequest.newBuilder(URI.create(staff.base() + "/api/cases/" + code
                + "/issued/" + letter.getString("verificationCode"))).header("Accept", "application/pdf").GET());
        assertEquals(200, pdf.status(), "the letter is issued as a document");
        assertTrue(pdf.body().startsWith("%PDF"));
        assertEquals(404, new Http(base).as("isfahan-staff").post("/api/cases/" + code + "/letter-reply",
                "{\"number\":\"1\",\"date\":\"1404/08/20\"}").status(), "another province cannot answer it");
        Http.Reply bad = new Http(base).as("tehran-staff").post("/api/cases/" + code + "/letter-reply",
                "{\"number\":\" \",\"date\":\"1404/13/40\"}");
        assertEquals(400, bad.status(), bad.body());
        assertTrue(bad.body().contains("replyNumber") && bad.body().contains("replyDate"), bad.body());
        JsonObject after = runtime.replyToLetter(code, "tehran-staff", "۴۵۶/م", "۱۴۰۴/۰۸/۲۲");
        assertEquals("OPEN", after.getString("status"), "the reply moves the case on");
        assertEquals("foreign-ministry-reply", after.getJsonObject("currentStep").getString("id"));
        JsonObject end = runtime.runToEnd(code, play);
        assertEquals("exchanged", end.getString("result"));
        List<JsonObject> ministry = end.getJsonArray("exchanges").getValuesAs(JsonObject.class).stream()
                .filter(x -> x.getString("partner").equals("foreign-ministry")).toList();
        assertEquals(List.of("SENT", "OK"), ministry.stream().map(x -> x.getString("outcome")).toList(), "the letter, then its reply");
        assertEquals("tehran-staff", ministry.get(1).getString("actor"), "the reply is logged under who recorded it");
        assertTrue(ministry.get(1).getString("response").contains("1404/08/22"), ministry.get(1).toString());

        Http.Reply log = new Http(base).as("tehran-admin").get("/api/exchanges?case=" + code);
        assertEquals(200, log.status(), log.body());
        assertTrue(log.array().size() >= 4, "the judiciary, the prisons' system and the ministry twice: " + log.body());
        assertEquals(0, new Http(base).as("isfahan-admin").get("/api/exchanges?case=" + code).array().size(),
                "another province's admin sees none of it");
        assertEquals(403, new Http(base).as("tehran-staff").get("/api/exchanges").status(), "the log is for admins");
        assertEquals(400, new Http(base).as("tehran-admin").get("/api/exchanges?max=5000").status());
    }

    @Test
    void educationEndsWithACertificateAnyoneCanVerify() {
        String number = admit(runtime.publishCopyOf("prisoner-admission"));
        String education = runtime.publishCopyOf("prisoner-education");
        JsonObject c = runtime.startAsStaff(education, number);
        JsonObject end = runtime.runToEnd(c.getString("trackingCode"), staffPlay(Map.of("prisonerNumber", number,
                "courseKind", "vocational", "passed", "true", "grade", "17"), Map.of()));
        assertEquals("certified", end.getString("result"));
        JsonObject certificate = end.getJsonArray("issued").getJsonObject(0);
        assertEquals("certificate", certificate.getString("kind"));
        Http.Reply verified = new Http(base).get("/api/public/documents/" + certificate.getString("verificationCode"));
        assertEquals(200, verified.status(), verified.body());
        assertEquals(education, verified.json().getString("cardKey"));
        assertEquals(404, new Http(base).get("/api/public/documents/ABCDEFGHJK").status());
        assertTrue(end.getJsonArray("exchanges").getValuesAs(JsonObject.class).stream().anyMatch(x -> x.getString("partner").equals("tvto")));
    }

    @Test
    void employmentRecordsWagesThroughTheBank() {
        String number = admit(runtime.publishCopyOf("prisoner-admission"));
        String employment = runtime.publishCopyOf("prisoner-employment");
        JsonObject c = runtime.startAsStaff(employment, number);
        JsonObject end = runtime.runToEnd(c.getString("trackingCode"), staffPlay(Map.of("prisonerNumber", number),
                Map.of("permission-review", "permitted", "continue", "finished")));
        assertEquals("finished", end.getString("result"));
        assertTrue(end.getJsonArray("exchanges").getValuesAs(JsonObject.class).stream()
                .anyMatch(x -> x.getString("partner").equals("bank-pasargad")));
    }

    @Test
    void aFamilyBooksAVisitAndGetsTheVisitCard() {
        String visits = runtime.publishCopyOf("prisoner-visits");
        String mobile = "0912" + (1000000 + (int) (System.nanoTime() % 8999999));
        String nationalCode = CaseDriver.nationalCode();
        Http anonymous = new Http(base);
        assertEquals(202, anonymous.post("/api/public/codes", "{\"nationalCode\":\"" + nationalCode + "\",\"mobile\":\"" + mobile + "\"}").status());
        Http.Reply wrong = anonymous.post("/api/public/cases", "{\"cardKey\":\"" + visits + "\",\"provinceCode\":\"tehran\","
                + "\"unitCode\":\"tehran-greater-prison\",\"nationalCode\":\"" + nationalCode + "\",\"mobile\":\"" + mobile + "\",\"code\":\"000000\"}");
        assertEquals(400, wrong.status(), "a wrong one-time code starts nothing");
        String otp = runtime.lastCodeSentTo(mobile);
        Http.Reply started = anonymous.post("/api/public/cases", "{\"cardKey\":\"" + visits + "\",\"provinceCode\":\"tehran\","
                + "\"unitCode\":\"tehran-greater-prison\",\"nationalCode\":\"" + nationalCode + "\",\"mobile\":\"" + mobile
                + "\",\"code\":\"" + otp + "\"}");
        assertEquals(201, started.status(), started.body());
        String code = started.json().getString("trackingCode");
        String token = started.json().getString("token");
        CaseDriver.Play play = new CaseDriver.Play("tehran-staff", "tehran-admin", token,
                Map.of("visitorNationalCode", nationalCode, "mobile", mobile), Map.of("verify", "approved", "record-visit", "held"));
        JsonObject view = runtime.read(code, play);
        while (!"record-visit".equals(view.getJsonObject("currentStep").getString("id"))) {
            view = runtime.doStep(code, view, play);
            if ("verify".equals(view.getJsonObject("currentStep").getString("id"))) {
                assertEquals(404, runtime.send(new Http(base), "POST", "/api/public/cases/" + code
                        + "/steps/verify?basedOn=" + view.getJsonNumber("version"), "{\"values\":{\"outcome\":\"approved\"}}",
                        "forged." + token.substring(token.indexOf('.') + 1), "application/json").status(),
                        "a forged token is no token");
                // the staff decide; the applicant reads on
                JsonObject staffView = new Http(base).as("tehran-staff").get("/api/cases/" + code).json();
                runtime.doStep(code, staffView, new CaseDriver.Play("tehran-staff", "tehran-admin", null, Map.of(), play.outcomes()));
                view = runtime.read(code, play);
            }
        }
        assertEquals("CONFIRMED", view.getJsonArray("bookings").getJsonObject(0).getString("status"));
        assertEquals("visit-card", view.getJsonArray("issued").getJsonObject(0).getString("kind"));
        List<JsonObject> outbox = new Http(base).as("sysadmin").get("/api/cases/outbox?max=200").array().getValuesAs(JsonObject.class);
        assertTrue(outbox.stream().anyMatch(m -> m.getString("recipient").equals(mobile) && m.getString("text").contains("نوبت ملاقات")),
                "the confirmation SMS is in the outbox");
        JsonObject staffView = new Http(base).as("tehran-staff").get("/api/cases/" + code).json();
        JsonObject end = runtime.runToEnd(code, new CaseDriver.Play("tehran-staff", "tehran-admin", null, Map.of(), play.outcomes()));
        assertEquals("held", end.getString("result"));
        JsonObject tracking = new Http(base).get("/api/public/cases/" + code).json();
        assertEquals("CLOSED", tracking.getString("status"));
        assertFalse(tracking.toString().contains(nationalCode), "tracking shows nothing personal");
        assertEquals(404, new Http(base).get("/api/public/cases/1234567890123456").status(), "a code with a wrong check digit");
        assertEquals(404, new Http(base).as("isfahan-staff").get("/api/cases/" + code).status());
        assertTrue(staffView.getString("trackingCode").equals(code));
    }

    @Test
    void judicialServicesAnswerTheApplicant() {
        JsonObject end = runPublic(runtime.publishCopyOf("prisoner-judicial-services"),
                Map.of("identity-check", "verified", "answer-route", "to-applicant"));
        assertEquals("answered", end.getString("result"));
        assertEquals("answer-letter", end.getJsonArray("issued").getJsonObject(0).getString("kind"));
    }

    @Test
    void supportRefersToDiyehHqAndVisitsTheHome() {
        JsonObject end = runPublic(runtime.publishCopyOf("prisoner-support"),
                Map.of("referral", "diyeh-hq", "home-visit-needed", "needed"));
        assertEquals("supported", end.getString("result"));
        assertTrue(end.getJsonArray("exchanges").getValuesAs(JsonObject.class).stream().anyMatch(x -> x.getString("partner").equals("diyeh-hq")));
    }

    @Test
    void aCardThatIsNoneOfTheSevenRunsWithItsOwnDefinition() {
        String key = Cards.newKey("library-loan");
        Http hq = new Http(base).as("hq-admin");
        Http.Reply card = hq.post("/api/cards", Cards.card(key, "امانت کتاب کتابخانه زندان", "امانت کتاب", "شرح"));
        String process = """
                {"formatVersion":1,"cardKey":"%s","start":"ask","applicant":"staff","subject":"prisoner","steps":[
                 {"id":"ask","title":"درخواست کتاب","kind":"FORM","role":"province-staff","fields":[
                   {"name":"prisonerNumber","label":"شماره زندانی","type":"TEXT","required":true},
                   {"name":"book","label":"عنوان کتاب","type":"TEXT","required":true},
                   {"name":"days","label":"مدت امانت (روز)","type":"NUMBER","required":true}],"next":[{"to":"decide"}]},
                 {"id":"decide","title":"بررسی کتابدار","kind":"DECISION","role":"province-admin",
                   "outcomes":[{"name":"lend","label":"امانت","to":"slip"},{"name":"refuse","label":"رد","to":"refused"}]},
                 {"id":"slip","title":"برگه امانت","kind":"OUTPUT","role":"system","config":{"document":"loan-slip","title":"برگه امانت کتاب"},
                   "next":[{"to":"lent"}]},
                 {"id":"lent","title":"امانت داده شد","kind":"END","config":{"result":"lent"}},
                 {"id":"refused","title":"رد شد","kind":"END","config":{"result":"refused"}}]}""".formatted(key);
        Http.Reply broken = hq.put("/api/cards/" + key + "/process?basedOn=" + Cards.version(card),
                process.replace("\"to\":\"decide\"", "\"to\":\"nowhere\""));
        assertEquals(400, broken.status(), "an unsound definition is refused, naming the problem");
        assertTrue(broken.body().contains("nowhere"), broken.body());
        Http.Reply defined = hq.put("/api/cards/" + key + "/process?basedOn=" + Cards.version(card), process);
        assertEquals(200, defined.status(), defined.body());
        runtime.publish(key, Cards.version(defined));
        JsonObject c = runtime.startAsStaff(key, null);
        JsonObject end = runtime.runToEnd(c.getString("trackingCode"), staffPlay(Map.of("prisonerNumber", "L-1", "book", "گلستان سعدی"),
                Map.of("decide", "lend")));
        assertEquals("lent", end.getString("result"));
        assertEquals("loan-slip", end.getJsonArray("issued").getJsonObject(0).getString("kind"));
    }

    /** Starts a citizen-facing service as a member of the public and runs it to its end. */
    private JsonObject runPublic(String card, Map<String, String> outcomes) {
        String mobile = "0935" + (1000000 + (int) (System.nanoTime() % 8999999));
        String nationalCode = CaseDriver.nationalCode();
        Http anonymous = new Http(base);
        anonymous.post("/api/public/codes", "{\"nationalCode\":\"" + nationalCode + "\",\"mobile\":\"" + mobile + "\"}");
        Http.Reply started = anonymous.post("/api/public/cases", "{\"cardKey\":\"" + card + "\",\"provinceCode\":\"tehran\","
                + "\"nationalCode\":\"" + nationalCode + "\",\"mobile\":\"" + mobile + "\",\"code\":\"" + runtime.lastCodeSentTo(mobile) + "\"}");
        assertEquals(201, started.status(), started.body());
        String code = started.json().getString("trackingCode");
        CaseDriver.Play applicant = new CaseDriver.Play("tehran-staff", "tehran-admin", started.json().getString("token"),
                Map.of("requesterNationalCode", nationalCode, "mobile", mobile), outcomes);
        CaseDriver.Play staff = new CaseDriver.Play("tehran-staff", "tehran-admin", null, Map.of(), outcomes);
        JsonObject view = runtime.read(code, applicant);
        for (int i = 0; i < 40 && !"CLOSED".equals(view.getString("status")); i++) {
            boolean applicantsTurn = view.getJsonObject("currentStep") != null
                    && "applicant".equals(view.getJsonObject("currentStep").getString("role"));
            if (applicantsTurn) {
                runtime.doStep(code, view, applicant);
            } else {
                runtime.doStep(code, runtime.read(code, staff), staff);
            }
            view = runtime.read(code, staff);
        }
        assertEquals("CLOSED", view.getString("status"), view.toString());
        return view;
    }
}
