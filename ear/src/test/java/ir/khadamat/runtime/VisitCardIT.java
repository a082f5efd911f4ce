package ir.khadamat.runtime;

import ir.khadamat.persian.Iran;
import ir.khadamat.persian.JalaliDate;
import ir.khadamat.persian.PersianDigits;
import ir.khadamat.testing.CaseDriver;
import ir.khadamat.testing.ClientTest;
import ir.khadamat.testing.Http;
import ir.khadamat.testing.PdfText;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A booked visit says what it is: the visit card (PDF, read back with PDFBox) carries who, whom, when, where and which
 * visit in Persian digits, no staff note, and a QR code of its verification address; the SMS says when and where;
 * the card's download from my-case is the applicant's own and nobody else's.
 */
class VisitCardIT extends ClientTest {

    static final String STAFF_NOTE = "یادداشت داخلی کارمند برای بایگانی";

    @Test
    void theVisitCardSaysWhoWhomWhenAndWhere() throws Exception {
        CaseDriver runtime = new CaseDriver(new Http(base));
        String visits = runtime.publishCopyOf("prisoner-visits");
        String mobile = "0915" + (1000000 + (int) (System.nanoTime() % 8999999));
        String nationalCode = CaseDriver.nationalCode();
        Http anonymous = new Http(base);
        assertEquals(202, anonymous.post("/api/public/codes", "{\"nationalCode\":\"" + nationalCode + "\",\"mobile\":\"" + mobile + "\"}").status());
        Http.Reply started = anonymous.post("/api/public/cases", "{\"cardKey\":\"" + visits + "\",\"provinceCode\":\"tehran\","
                + "\"unitCode\":\"tehran-greater-prison\",\"nationalCode\":\"" + nationalCode + "\",\"mobile\":\"" + mobile
                + "\",\"code\":\"" + runtime.lastCodeSentTo(mobile) + "\"}");
        assertEquals(201, started.status(), started.body());
        String code = started.json().getString("trackingCode");
        String token = started.json().getString("token");
        CaseDriver.Play play = new CaseDriver.Play("tehran-staff", "tehran-admin", token, Map.of("visitorNationalCode", nationalCode,
                "mobile", mobile, "visitorName", "مریم احمدی", "prisonerNumber", "T-4455", "prisonerName", "علی رضایی"),
                Map.of("verify", "approved"));
        JsonObject view = runtime.read(code, play);
        while (!"record-visit".equals(view.getJsonObject("currentStep").getString("id"))) {
            if ("verify".equals(view.getJsonObject("currentStep").getString("id"))) {
                // the prison approves, with a note of its own that no card prints
                Http.Reply r = new Http(base).as("tehran-staff").post("/api/cases/" + code + "/steps/verify?basedOn="
                        + view.getJsonNumber("version"), "{\"values\":{\"outcome\":\"approved\",\"note\":\"" + STAFF_NOTE + "\"}}");
                assertEquals(200, r.status(), r.body());
                view = runtime.read(code, play);
                continue;
            }
            view = runtime.doStep(code, view, play);
        }
        JsonObject booking = view.getJsonArray("bookings").getJsonObject(0);
        ZonedDateTime at = Instant.parse(booking.getString("startsAt")).atZone(Iran.ZONE);
        String day = JalaliDate.from(at.toLocalDate()).formatLong();
        String time = PersianDigits.toPersian(String.format("%02d:%02d", at.getHour(), at.getMinute()));
        String verification = view.getJsonArray("issued").getJsonObject(0).getString("verificationCode");

        HttpResponse<byte[]> card = pdf("api/public/cases/" + code + "/issued/" + verification, token);
        assertEquals(200, card.statusCode());
        String text = PdfText.of(card.body());
        for (String expected : List.of("کارت ملاقات", "مریم احمدی", PersianDigits.toPersian(nationalCode), "علی رضایی",
                "T-4455", "ملاقات تلفنی", day, time, "ندامتگاه تهران بزرگ", PersianDigits.toPersian(code),
                verification)) {
            assertTrue(text.contains(PdfText.normalize(expected)), "«" + expected + "» on the card:\n" + text);
        }
        assertFalse(text.contains(PdfText.normalize(STAFF_NOTE)), "no staff note on the card:\n" + text);
        assertFalse(text.contains("صفحه ۱ از ۲"), "one page");
        String address = "verify.xhtml?document=" + verification;
        // codes written with Latin letters (the prisoner's number, the verification code) are printed as written,
        // to be read and typed back as they are
        List<String> latin = Arrays.stream(text.split("\n")).filter(l -> !l.contains(address))
                .map(l -> l.replace("T-4455", "").replace(verification, ""))
                .filter(l -> l.matches(".*[0-9].*")).toList();
        assertEquals(List.of(), latin, "every digit Persian, but in the address and the codes written in Latin letters");
        assertTrue(text.lines().anyMatch(l -> l.strip().endsWith(address)), "the address in text:\n" + text);
        List<String> qr = PdfText.qrCodes(card.body());
        assertEquals(1, qr.size(), "one QR code");
        assertTrue(qr.get(0).startsWith("http") && qr.get(0).endsWith("/" + address), qr.get(0));
        assertTrue(text.contains(qr.get(0)), "the QR code's address is the one printed");
        JsonObject checked = new Http(base).get("/api/public/documents/" + PersianDigits.toPersian(verification)).json();
        assertEquals("visit-card", checked.getString("kind"), "the code, read off the card in Persian digits, checks");

        // the file itself proves what it is: signed (PAdES) by the service, unchanged; a changed copy, an unsigned PDF
        // and a file that is no PDF are each told apart
        JsonObject genuine = checkFile(card.body());
        assertEquals("GENUINE", genuine.getString("result"), genuine.toString());
        assertEquals("visit-card", genuine.getJsonObject("verification").getString("kind"));
        assertTrue(genuine.getString("signer").contains("سامانه خدمات"), genuine.toString());
        byte[] changed = card.body().clone();
        int producer = new String(changed, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("/Producer");
        changed[producer + 2] ^= 1;
        assertEquals("CHANGED", checkFile(changed).getString("result"));
        HttpResponse<byte[]> printout = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "api/cards/" + visits + "/pdf")).header("Accept", "application/pdf").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, printout.statusCode());
        assertEquals("UNSIGNED", checkFile(printout.body()).getString("result"), "the card's printout is no issued document");
        assertEquals("NOT_A_PDF", checkFile("%PDF-1.7 not really".getBytes()).getString("result"));

        // the SMS
        List<JsonObject> outbox = new Http(base).as("sysadmin").get("/api/cases/outbox?max=200").array().getValuesAs(JsonObject.class);
        String sms = outbox.stream().filter(m -> m.getString("recipient").equals(mobile) && m.getString("text").contains("نوبت"))
                .map(m -> m.getString("text")).findFirst().orElseThrow();
        assertTrue(sms.contains(day) && sms.contains(time) && sms.contains("ندامتگاه تهران بزرگ")
                && sms.contains(PersianDigits.toPersian(code)) && sms.contains("ملاقات تلفنی"), sms);
        assertFalse(sms.matches("(?s).*[0-9A-Za-z].*"), "no Latin digit or code in the SMS: " + sms);

        // the download from my-case: without the browser session that holds the case's token, nothing
        for (String path : List.of("/my-document?code=" + code + "&document=" + verification, "/my-document?code=" + code,
                "/my-document?code=abc&document=" + verification, "/my-document")) {
            assertEquals(404, new Http(base).get(path).status(), path);
        }
        // over REST, the token of this case opens no other case, and no document this case did not issue
        String otherMobile = "0916" + (1000000 + (int) (System.nanoTime() % 8999999));
        assertEquals(202, anonymous.post("/api/public/codes", "{\"nationalCode\":\"" + nationalCode + "\",\"mobile\":\"" + otherMobile + "\"}").status());
        String other = anonymous.post("/api/public/cases", "{\"cardKey\":\"" + visits + "\",\"provinceCode\":\"tehran\","
                + "\"unitCode\":\"tehran-greater-prison\",\"nationalCode\":\"" + nationalCode + "\",\"mobile\":\"" + otherMobile
                + "\",\"code\":\"" + runtime.lastCodeSentTo(otherMobile) + "\"}").json().getString("trackingCode");
        assertEquals(404, pdf("api/public/cases/" + other + "/issued/" + verification, token).statusCode());
        assertEquals(404, pdf("api/public/cases/" + code + "/issued/ABCDEFGHJK", token).statusCode());
        assertEquals(404, pdf("api/public/cases/" + code + "/issued/" + verification, null).statusCode(), "no token");
    }

    /** What POST /api/public/documents says of a file. */
    private JsonObject checkFile(byte[] pdf) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "api/public/documents"))
                .header("Content-Type", "application/pdf").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(pdf)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return new Http.Reply(r.statusCode(), "application/json", r.body()).json();
    }

    /** A GET for a PDF, with an applicant token (or none). */
    private HttpResponse<byte[]> pdf(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/pdf").GET();
        if (token != null) {
            request.header("X-Applicant-Token", token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
