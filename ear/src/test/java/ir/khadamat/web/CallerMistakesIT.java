package ir.khadamat.web;

import ir.khadamat.testing.Cards;
import ir.khadamat.testing.CaseDriver;
import ir.khadamat.testing.Deployments;
import ir.khadamat.testing.Http;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The caller's mistakes that used to answer 500 (issue 10, §2), each now a 4xx naming the field or parameter, and
 * the races of check-then-insert: 40 simultaneous starts for the same new national code answer no 500 and leave one
 * person row. Runs inside the server to count rows; calls the REST API over HTTP as its clients do.
 */
@ExtendWith(ArquillianExtension.class)
class CallerMistakesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(CallerMistakesIT.class, Http.class, CaseDriver.class, Cards.class);
    }

    @ArquillianResource
    URL base;

    @PersistenceContext
    EntityManager em;

    private Http http() {
        return new Http(base);
    }

    private static void assertNames(Http.Reply r, int status, String field) {
        assertEquals(status, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        JsonObject problem = r.json();
        boolean named = field.equals(problem.getString("parameter", null))
                || problem.containsKey("errors") && problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> field.equals(e.getString("field", null)) || e.getString("field", "").endsWith("/" + field));
        assertTrue(named, "names " + field + ": " + r.body());
    }

    @Test
    void aCardWithoutIdentificationIsRefusedNamingIt() {
        Http.Reply r = http().as("hq-admin").post("/api/cards", "{\"formatVersion\":1,\"key\":\"" + Cards.newKey("no-ident") + "\"}");
        assertNames(r, 400, "identification");
    }

    @Test
    void aNullBodyIsRefusedNamingIt() {
        assertNames(http().as("sysadmin").post("/api/users", "null"), 400, "body");
        assertNames(http().as("hq-admin").post("/api/cards", "null"), 400, "body");
        Http.Reply empty = http().as("sysadmin").post("/api/users", "");
        assertTrue(empty.status() >= 400 && empty.status() < 500, empty.status() + " " + empty.body());
    }

    @Test
    void outOfRangeNumbersNameTheParameter() {
        for (String max : List.of("-1", "0", "501")) {
            assertNames(http().as("sysadmin").get("/api/cases/outbox?max=" + max), 400, "max");
        }
        assertEquals(200, http().as("sysadmin").get("/api/cases/outbox?max=500").status());
    }

    @Test
    void valuesLongerThanTheirColumnNameTheField() {
        CaseDriver runtime = new CaseDriver(http());
        String card = runtime.publishCopyOf("prisoner-admission");
        Http.Reply r = http().as("tehran-staff").post("/api/cases", "{\"cardKey\":\"" + card
                + "\",\"unitCode\":\"tehran-greater-prison\",\"applicantMobile\":\"0912345678901234567890123\"}");
        assertNames(r, 400, "applicantMobile");
        r = http().as("tehran-staff").post("/api/cases", "{\"cardKey\":\"" + card
                + "\",\"unitCode\":\"tehran-greater-prison\",\"subjectRef\":\"" + "x".repeat(101) + "\"}");
        assertNames(r, 400, "subjectRef");

        JsonObject started = runtime.startAsStaff(card, null);
        String code = started.getString("trackingCode");
        String step = started.getJsonObject("currentStep").getString("id");
        String field = started.getJsonObject("currentStep").getJsonArray("fields").getJsonObject(0).getString("name");
        r = http().as("tehran-staff").post("/api/cases/" + code + "/steps/" + step + "?basedOn=" + started.getJsonNumber("version"),
                Json.createObjectBuilder().add("values", Json.createObjectBuilder().add(field, "ب".repeat(250_000))).build().toString());
        assertNames(r, 400, field);
        // nothing was stored: the case still stands at that step, at the same version
        JsonObject after = http().as("tehran-staff").get("/api/cases/" + code).json();
        assertEquals(step, after.getJsonObject("currentStep").getString("id"));
        assertEquals(started.getJsonNumber("version"), after.getJsonNumber("version"));
    }

    @Test
    void aDocumentOverFiveMegabytesIsRefusedNamingTheFile() {
        CaseDriver runtime = new CaseDriver(http());
        String card = runtime.publishCopyOf("prisoner-admission");
        JsonObject started = runtime.startAsStaff(card, null);
        String code = started.getString("trackingCode");
        String step = started.getJsonObject("currentStep").getString("id");
        Http.Reply r = http().as("tehran-staff").send(HttpRequest.newBuilder(URI.create(http().base() + "/api/cases/" + code
                        + "/documents?step=" + step + "&name=scan&fileName=scan.pdf"))
                .header("Content-Type", "application/pdf").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[5 * 1024 * 1024 + 1])));
        assertTrue(r.status() == 400 || r.status() == 413, r.status() + " " + r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertFalse(r.body().contains("Upload the file first"), r.body());
        if (r.status() == 400) {
            assertNames(r, 400, "file");
        }
    }

    /** 40 starts at once for one new national code: none answers 500, and the registry has that person once. */
    @Test
    void simultaneousStartsForOneNewNationalCodeLeaveOnePerson() throws Exception {
        CaseDriver runtime = new CaseDriver(http());
        String card = runtime.publishCopyOf("prisoner-admission");
        String nationalCode = CaseDriver.nationalCode();
        String body = "{\"cardKey\":\"" + card + "\",\"unitCode\":\"tehran-greater-prison\",\"applicantNationalCode\":\""
                + nationalCode + "\",\"applicantMobile\":\"09121234567\"}";
        Http staff = http().signedIn("tehran-staff");
        int n = 40;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Http.Reply>> replies = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                replies.add(pool.submit(() -> {
                    go.await();
                    return staff.send(HttpRequest.newBuilder(URI.create(staff.base() + "/api/cases"))
                            .header("Content-Type", "application/json").header("Accept", "application/json")
                            .header("Origin", URI.create(staff.base()).getScheme() + "://" + URI.create(staff.base()).getAuthority())
                            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
                }));
            }
            go.countDown();
            Map<Integer, Integer> byStatus = new TreeMap<>();
            List<String> failures = new ArrayList<>();
            for (Future<Http.Reply> f : replies) {
                Http.Reply r = f.get(120, TimeUnit.SECONDS);
                byStatus.merge(r.status(), 1, Integer::sum);
                if (r.status() >= 500) {
                    failures.add(r.status() + " " + r.body());
                }
            }
            assertTrue(failures.isEmpty(), byStatus + " " + failures);
            assertEquals(n, byStatus.getOrDefault(201, 0), "every start answered 201 " + byStatus);
        } finally {
            pool.shutdownNow();
        }
        long persons = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM person WHERE national_code = ?1")
                .setParameter(1, nationalCode).getSingleResult()).longValue();
        assertEquals(1, persons, "one person row for " + nationalCode);
        long cases = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM service_case WHERE applicant_code = ?1")
                .setParameter(1, nationalCode).getSingleResult()).longValue();
        assertEquals(n, cases, "every case stored");
    }

    /** Cases at the admission's "register" step, all given the same new prisoner number at once: one admits, no 500. */
    @Test
    void simultaneousRegistrationsOfOnePrisonerNumberAdmitOnce() throws Exception {
        CaseDriver runtime = new CaseDriver(http());
        String card = runtime.publishCopyOf("prisoner-admission");
        String number = "R" + System.nanoTime() % 1_000_000_000L;
        CaseDriver.Play play = new CaseDriver.Play("tehran-staff", "tehran-admin", null,
                Map.of("prisonerNumber", number, "nationalCode", CaseDriver.nationalCode()), Map.of("verify-identity", "verified"));
        int n = 3;
        List<String> codes = new ArrayList<>();
        List<Long> versions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String code = runtime.startAsStaff(card, null).getString("trackingCode");
            JsonObject view = runtime.read(code, play);
            while (!"register".equals(view.getJsonObject("currentStep").getString("id"))) {
                view = runtime.doStep(code, view, play);
            }
            codes.add(code);
            versions.add(view.getJsonNumber("version").longValue());
        }
        Http staff = http().signedIn("tehran-staff");
        String origin = URI.create(staff.base()).getScheme() + "://" + URI.create(staff.base()).getAuthority();
        String body = "{\"values\":{\"prisonerNumber\":\"" + number + "\",\"ward\":\"۳\",\"admissionDate\":\"1404/08/01\"}}";
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Http.Reply>> replies = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                String path = "/api/cases/" + codes.get(i) + "/steps/register?basedOn=" + versions.get(i);
                replies.add(pool.submit(() -> {
                    go.await();
                    return staff.send(HttpRequest.newBuilder(URI.create(staff.base() + path))
                            .header("Content-Type", "application/json").header("Accept", "application/json")
                            .header("Origin", origin).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
                }));
            }
            go.countDown();
            int admitted = 0;
            for (Future<Http.Reply> f : replies) {
                Http.Reply r = f.get(120, TimeUnit.SECONDS);
                if (r.status() == 200) {
                    admitted++;
                } else {
                    assertNames(r, 400, "prisonerNumber");
                }
            }
            assertEquals(1, admitted, "one case admitted the prisoner");
        } finally {
            pool.shutdownNow();
        }
        long rows = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM prisoner WHERE prisoner_number = ?1")
                .setParameter(1, number).getSingleResult()).longValue();
        assertEquals(1, rows);
    }
}
