package ir.khadamat.statistics;

import ir.khadamat.persian.JalaliDate;
import ir.khadamat.testing.CaseVolume;
import ir.khadamat.testing.Deployments;
import ir.khadamat.testing.Http;
import jakarta.annotation.Resource;
import jakarta.json.JsonObject;
import jakarta.transaction.UserTransaction;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The statistics dashboard through REST and its Excel export: the seven seed services always, measured beside
 * declared (declared as written, null when the card gives none), the difference marked beyond the threshold, a
 * province's users only ever their province, and bad parameters answered as problem+JSON naming the parameter.
 * Cases of a Jalali year no other test uses (1390) are loaded straight into the table first.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StatisticsIT {

    static final int YEAR = 1390;
    static final List<String> SEED = List.of("prisoner-education", "prisoner-employment", "prisoner-support",
            "prisoner-transfer", "prisoner-visits", "prisoner-admission", "prisoner-judicial-services");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(StatisticsIT.class, Http.class, CaseVolume.class, CaseVolume.Case.class,
                CaseVolume.Maker.class, CaseVolume.Loaded.class);
    }

    @Resource(lookup = "java:jboss/datasources/KhadamatDS")
    DataSource dataSource;

    @Resource
    UserTransaction tx;

    @ArquillianResource
    URL base;

    /** Tehran: 40 admissions (30 delivered in 2 days), 7 visits; Isfahan: 5 admissions; all in spring 1390. */
    @Test
    @Order(1)
    void casesOfAPastYear() throws Exception {
        LocalDate spring = JalaliDate.of(YEAR, 2, 10).toLocalDate();
        CaseVolume.load(tx, dataSource, 52, 1, (i, random) -> {
            var created = spring.atTime(10, 0).plusDays(i % 20);
            String province = i < 40 ? "tehran" : i < 45 ? "isfahan" : "tehran";
            String key = i < 45 ? "prisoner-admission" : "prisoner-visits";
            boolean closed = i < 30;
            return new CaseVolume.Case(key, province, closed ? "CLOSED" : "OPEN", closed ? "end" : "step-1",
                    closed ? null : "province-staff", created, closed ? created.plusDays(2) : created, created.plusDays(30));
        });
    }

    private static Map<String, JsonObject> services(JsonObject dashboard) {
        return dashboard.getJsonArray("services").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(s -> s.getString("cardKey"), s -> s));
    }

    @Test
    @Order(2)
    @RunAsClient
    void theSevenSeedServicesMeasuredBesideDeclared() {
        Http.Reply r = new Http(base).as("reviewer").get("/api/statistics/dashboard?year=" + YEAR + "&period=season");
        assertEquals(200, r.status(), r.body());
        JsonObject d = r.json();
        assertTrue(d.isNull("province"), "the whole country");
        assertEquals(YEAR, d.getInt("year"));
        assertEquals(4, d.getJsonArray("periods").size(), "four seasons, even those without cases");
        assertEquals(45 + 7, d.getJsonArray("periods").getJsonObject(0).getInt("received"), "all in spring");
        Map<String, JsonObject> services = services(d);
        assertTrue(services.keySet().containsAll(SEED), services.keySet().toString());
        List<String> order = d.getJsonArray("services").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("cardKey")).toList().subList(0, 7);
        assertEquals(SEED, order, "the seed's order");

        JsonObject admission = services.get("prisoner-admission");
        assertEquals(45, admission.getInt("received"));
        assertEquals(30, admission.getInt("delivered"));
        assertEquals(2.0, admission.getJsonNumber("averageDays").doubleValue(), 0.01);
        assertEquals(600_000, admission.getJsonObject("declared").getInt("recipients"), "as the card writes it");
        assertTrue(admission.getJsonObject("declared").isNull("recipientsPeriod"), "no period ticked: unknown");
        assertEquals("ASSUMED_YEARLY", admission.getJsonObject("recipients").getString("basis"));
        assertTrue(admission.getJsonObject("recipients").getBoolean("highlighted"), "45 cases against 600,000 a year");
        JsonObject visits = services.get("prisoner-visits");
        assertEquals(7, visits.getInt("received"));
        assertTrue(visits.getJsonObject("declared").isNull("recipients"), "the visits card declares no figure: never invented");
        assertEquals("NONE", visits.getJsonObject("recipients").getString("basis"));
        assertFalse(visits.getJsonObject("recipients").getBoolean("highlighted"));
        JsonObject support = services.get("prisoner-support");
        assertEquals(0, support.getInt("received"), "a seed service without cases is there all the same");
        assertEquals(3_000, support.getJsonObject("declared").getInt("recipients"));

        JsonObject tehran = new Http(base).as("reviewer").get("/api/statistics/dashboard?year=" + YEAR + "&province=tehran").json();
        assertEquals("tehran", tehran.getString("province"));
        assertEquals(40, services(tehran).get("prisoner-admission").getInt("received"));
        assertEquals("NATIONAL_FIGURE", services(tehran).get("prisoner-admission").getJsonObject("recipients").getString("basis"),
                "the country's figure is not compared with one province");
        assertEquals(12, tehran.getJsonArray("periods").size(), "twelve months by default");
    }

    @Test
    @Order(3)
    @RunAsClient
    void anIsfahanAdminNeverSeesTehransFigures() {
        for (String query : List.of("", "&province=tehran", "&province=tehran&card=prisoner-visits")) {
            Http.Reply r = new Http(base).as("isfahan-admin").get("/api/statistics/dashboard?year=" + YEAR + query);
            assertEquals(200, r.status(), r.body());
            JsonObject d = r.json();
            assertEquals("isfahan", d.getString("province"), "a province's users always get their own: " + query);
            Map<String, JsonObject> services = services(d);
            if (query.contains("prisoner-visits")) {
                assertEquals(0, services.get("prisoner-visits").getInt("received"), "Tehran's visits are not Isfahan's");
            } else {
                assertEquals(5, services.get("prisoner-admission").getInt("received"));
                assertEquals(0, services.get("prisoner-visits").getInt("received"));
            }
            long all = d.getJsonArray("periods").getValuesAs(JsonObject.class).stream().mapToLong(p -> p.getInt("received")).sum();
            assertTrue(all <= 5, "only Isfahan's cases: " + all);
        }
        JsonObject staff = new Http(base).as("isfahan-staff").get("/api/statistics?period=YEAR&province=tehran").json();
        assertEquals("isfahan", staff.getString("province"));
        assertTrue(staff.getJsonArray("measured").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("period").equals(String.valueOf(YEAR))).allMatch(l -> l.getInt("received") == 5));
    }

    @Test
    @Order(4)
    @RunAsClient
    void badParametersNameTheParameter() {
        Http reviewer = new Http(base).as("reviewer");
        for (String[] bad : List.of(new String[]{"period=WEEK", "period"}, new String[]{"year=abc", "year"},
                new String[]{"year=2024", "year"}, new String[]{"province=atlantis", "province"},
                new String[]{"card=Not%20a%20key", "card"})) {
            for (String path : List.of("/api/statistics/dashboard?", "/api/statistics/export.xlsx?")) {
                Http.Reply r = reviewer.send(HttpRequest.newBuilder(URI.create(reviewer.base() + path + bad[0]))
                        .header("Accept", path.contains("xlsx") ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, */*"
                                : "application/json").GET());
                assertEquals(400, r.status(), path + bad[0] + ": " + r.body());
                assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
                assertTrue(r.body().contains("\"" + bad[1] + "\""), r.body());
            }
        }
        int anonymous = new Http(base).get("/api/statistics/dashboard").status();
        assertTrue(anonymous == 401 || anonymous == 403, "not for the public: " + anonymous);
    }

    private byte[] xlsx(String user, String query) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base + "api/statistics/export.xlsx?" + query))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + Http.DEMO_PASSWORD)
                        .getBytes(StandardCharsets.UTF_8))).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        assertTrue(response.headers().firstValue("Content-Type").orElse("").contains("spreadsheetml"));
        return response.body();
    }

    private static List<String> column(XSSFSheet sheet, int c, int fromRow) {
        List<String> values = new ArrayList<>();
        for (int r = fromRow; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            values.add(row == null || row.getCell(c) == null ? null : row.getCell(c).toString());
        }
        return values;
    }

    @Test
    @Order(5)
    @RunAsClient
    void theExcelExportHasTheSevenServicesInTheCallersScope() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx("reviewer", "year=" + YEAR + "&period=SEASON")))) {
            XSSFSheet services = workbook.getSheetAt(0);
            assertTrue(services.isRightToLeft(), "Persian by default");
            List<String> keys = column(services, 0, 3);
            assertTrue(keys.containsAll(SEED), keys.toString());
            Row admission = services.getRow(3 + keys.indexOf("prisoner-admission"));
            assertEquals(45, admission.getCell(2).getNumericCellValue());
            assertEquals(600_000, admission.getCell(5).getNumericCellValue());
            Row visits = services.getRow(3 + keys.indexOf("prisoner-visits"));
            assertEquals("نامشخص", visits.getCell(5).getStringCellValue());
            assertEquals("بهار ۱۳۹۰", workbook.getSheetAt(1).getRow(1).getCell(0).getStringCellValue());
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx("isfahan-admin", "year=" + YEAR + "&province=tehran&lang=en")))) {
            XSSFSheet services = workbook.getSheetAt(0);
            assertFalse(services.isRightToLeft());
            assertEquals("Isfahan", services.getRow(0).getCell(1).getStringCellValue(), "the caller's own province");
            List<String> keys = column(services, 0, 3);
            Row admission = services.getRow(3 + keys.indexOf("prisoner-admission"));
            assertEquals(5, admission.getCell(2).getNumericCellValue(), "Isfahan's five, never Tehran's forty");
        }
        // the dashboard's "Excel export" button: the same link, on the signed-in screen session
        Http session = new Http(base).signedIn("reviewer");
        Http.Reply download = session.send(HttpRequest.newBuilder(URI.create(session.base()
                + "/api/statistics/export.xlsx?period=MONTH&year=" + YEAR + "&lang=fa")).header("Accept", "*/*").GET());
        assertEquals(200, download.status(), "the screen's session downloads the export");
        assertTrue(download.body().startsWith("PK"), "an xlsx (zip) file");
    }

    @Test
    @Order(6)
    @RunAsClient
    void theDashboardAndExportAreInTheOpenApiDocument() {
        JsonObject paths = new Http(base).get("/openapi?format=JSON").json().getJsonObject("paths");
        assertTrue(paths.containsKey("/api/statistics/dashboard"), paths.keySet().toString());
        assertTrue(paths.containsKey("/api/statistics/export.xlsx"), paths.keySet().toString());
    }
}
