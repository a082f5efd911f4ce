package ir.khadamat.catalog;

import ir.khadamat.catalog.form.AgencyLink;
import ir.khadamat.catalog.form.CardForm;
import ir.khadamat.catalog.form.InquiryPerformer;
import ir.khadamat.catalog.form.LinkMode;
import ir.khadamat.catalog.form.SeedCards;
import ir.khadamat.catalog.print.CardPrintoutTest;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every seed card's CPSV-AP export, and a card with every field filled, read as RDF by Apache Jena and validated
 * with Jena SHACL: against the profile's rules for the classes the export writes ({@code cpsv-ap/khadamat-checks.ttl}),
 * and against the profile's own shapes file too when it lies beside them ({@code cpsv-ap/cpsv-ap-SHACL.ttl}).
 */
class CpsvShapesTest {

    static final Map<String, Shapes> SHAPES = new LinkedHashMap<>();
    static Map<String, CardDetails.AgencyName> agencies;

    @BeforeAll
    static void load() {
        if (!SHAPES.isEmpty()) {
            return;
        }
        for (String file : List.of("khadamat-checks.ttl", "cpsv-ap-SHACL.ttl")) {
            InputStream in = CpsvShapesTest.class.getResourceAsStream("/cpsv-ap/" + file);
            if (in != null) {
                Model shapes = ModelFactory.createDefaultModel();
                RDFDataMgr.read(shapes, in, Lang.TURTLE);
                SHAPES.put(file, Shapes.parse(shapes.getGraph()));
            }
        }
        agencies = new HashMap<>();
        for (Map<String, String> row : SeedCards.rows("agencies.json")) {
            agencies.put(row.get("code"), new CardDetails.AgencyName(row.get("persianName"), row.get("englishName")));
        }
    }

    private static CardDetails details(CardForm form, String province) {
        return new CardDetails(1L, form.key(), CardStatus.PUBLISHED, 0, Instant.EPOCH, form, agencies, 1, true,
                province, null, null, null, null);
    }

    private static Model rdf(CardDetails card) {
        String json = CpsvExport.of(card).toString();
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(json, Lang.JSONLD).parse(model.getGraph());
        return model;
    }

    private static List<String> violations(Model data) {
        List<String> found = new ArrayList<>();
        SHAPES.forEach((file, shapes) -> {
            ValidationReport report = ShaclValidator.get().validate(shapes, data.getGraph());
            if (!report.conforms()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ShLib.printReport(out, report);
                found.add(file + ": " + report.getEntries().size() + " violations\n" + out.toString(StandardCharsets.UTF_8));
            }
        });
        return found;
    }

    @Test
    void theRulesAreLoaded() {
        assertTrue(SHAPES.containsKey("khadamat-checks.ttl"));
        assertTrue(SHAPES.get("khadamat-checks.ttl").numRootShapes() >= 10, "the shapes of every class the export writes");
    }

    @Test
    void everySeedCardConforms() {
        Map<String, CardForm> seed = SeedCards.all();
        assertEquals(7, seed.size());
        for (CardForm form : seed.values()) {
            Model data = rdf(details(form, null));
            assertFalse(data.isEmpty(), form.key());
            assertEquals(List.of(), violations(data), form.key());
        }
    }

    @Test
    void aCardWithEveryFieldFilledConforms() {
        CardForm full = CardPrintoutTest.filledCard("filled-card", List.of(new AgencyLink("foreign-ministry",
                "سامانه مکاتبات", "مشخصات زندانی", 12500L, LinkMode.NON_ELECTRONIC, InquiryPerformer.AGENCY)));
        Model data = rdf(details(CardCompletenessTest.complete(full), "tehran"));
        assertEquals(List.of(), violations(data));
    }

    @Test
    void theRulesSeeAViolation() {
        // a cost whose value is a text, and a service without its competent authority: two violations
        Model data = rdf(details(SeedCards.all().get("prisoner-transfer"), null));
        data.removeAll(null, data.createProperty("http://data.europa.eu/m8g/hasCompetentAuthority"), null);
        data.listSubjectsWithProperty(data.createProperty("http://data.europa.eu/m8g/hasValue")).toList()
                .forEach(cost -> {
                    data.removeAll(cost, data.createProperty("http://data.europa.eu/m8g/hasValue"), null);
                    cost.addProperty(data.createProperty("http://data.europa.eu/m8g/hasValue"), "40000");
                });
        List<String> found = violations(data);
        assertFalse(found.isEmpty());
        assertTrue(found.get(0).contains("hasCompetentAuthority") && found.get(0).contains("hasValue"), found.get(0));
    }
}
