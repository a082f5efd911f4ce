package ir.khadamat.catalog;

import ir.khadamat.catalog.form.SeedCards;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CpsvCatalogueTest {

    static List<CardDetails> seed;

    @BeforeAll
    static void cards() {
        CpsvShapesTest.load();
        seed = SeedCards.all().values().stream().map(form -> new CardDetails(1L, form.key(), CardStatus.PUBLISHED, 0,
                Instant.EPOCH, form, CpsvShapesTest.agencies, 1, true, null, null, null, null, null)).toList();
    }

    private static String address(int page) {
        return "http://localhost:8080/api/public/catalogue?page=" + page + "&size=5";
    }

    @Test
    void aPageHasItsServicesAndTheWayOn() {
        Model first = CpsvCatalogue.page(seed.subList(0, 5), 7, 0, 5, CpsvCatalogueTest::address);
        Resource dataset = first.getResource(CpsvCatalogue.DATASET);
        assertEquals(5, first.listObjectsOfProperty(dataset, DCTerms.hasPart).toList().size());
        Resource view = first.getResource(address(0));
        String hydra = "http://www.w3.org/ns/hydra/core#";
        assertEquals(address(1), view.getPropertyResourceValue(first.createProperty(hydra, "next")).getURI());
        assertEquals(address(1), view.getPropertyResourceValue(first.createProperty(hydra, "last")).getURI());
        assertFalse(view.hasProperty(first.createProperty(hydra, "previous")));
        assertEquals(7, dataset.getProperty(first.createProperty(hydra, "totalItems")).getLong());

        Model second = CpsvCatalogue.page(seed.subList(5, 7), 7, 1, 5, CpsvCatalogueTest::address);
        Resource last = second.getResource(address(1));
        assertFalse(last.hasProperty(second.createProperty(hydra, "next")), "the last page has no next");
        assertEquals(address(0), last.getPropertyResourceValue(second.createProperty(hydra, "previous")).getURI());
    }

    @Test
    void everyFormatSaysTheSame() {
        Model page = CpsvCatalogue.page(seed, 7, 0, 100, CpsvCatalogueTest::address);
        for (var format : CpsvCatalogue.FORMATS.entrySet()) {
            String written = CpsvCatalogue.write(page, format.getValue());
            Model read = ModelFactory.createDefaultModel();
            RDFParser.fromString(written, RDFLanguages.contentTypeToLang(format.getKey())).parse(read.getGraph());
            assertTrue(read.isIsomorphicWith(page), format.getKey());
        }
    }

    @Test
    void theCatalogueConforms() {
        Model page = CpsvCatalogue.page(seed, 7, 0, 100, CpsvCatalogueTest::address);
        CpsvShapesTest.SHAPES.forEach((file, shapes) ->
                assertTrue(ShaclValidator.get().validate(shapes, page.getGraph()).conforms(), file));
    }
}
