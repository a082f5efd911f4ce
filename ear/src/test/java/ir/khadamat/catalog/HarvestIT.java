package ir.khadamat.catalog;

import ir.khadamat.testing.CaseDriver;
import ir.khadamat.testing.ClientTest;
import ir.khadamat.testing.Http;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A harvester takes the whole published catalogue from {@code GET /api/public/catalogue}, anonymously: it follows
 * {@code hydra:next} from the first page to the last, in each format, and finds every published service once.
 */
class HarvestIT extends ClientTest {

    static final String HYDRA = "http://www.w3.org/ns/hydra/core#";
    static final String DATASET = "urn:khadamat:catalogue:services";

    private Http.Reply get(String address, String accept) {
        return new Http(base).send(HttpRequest.newBuilder(URI.create(address)).header("Accept", accept).GET());
    }

    private static Model parse(Http.Reply reply, String mediaType) {
        assertEquals(200, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith(mediaType), reply.contentType());
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(reply.body(), RDFLanguages.contentTypeToLang(mediaType)).parse(model.getGraph());
        return model;
    }

    @Test
    void aHarvesterWalksTheWholeCatalogueInEveryFormat() {
        String published = new CaseDriver(new Http(base)).publishCopyOf("prisoner-visits");
        for (String type : List.of("application/ld+json", "text/turtle", "application/rdf+xml")) {
            List<String> services = new ArrayList<>();
            String next = base + "api/public/catalogue?size=3";
            long total = -1;
            int pages = 0;
            while (next != null) {
                Model page = parse(get(next, type), type);
                Resource dataset = page.getResource(DATASET);
                total = dataset.getProperty(page.createProperty(HYDRA, "totalItems")).getLong();
                List<RDFNode> parts = page.listObjectsOfProperty(dataset, DCTerms.hasPart).toList();
                assertTrue(parts.size() <= 3, "a page of at most 3");
                for (RDFNode part : parts) {
                    assertTrue(page.contains(part.asResource(), RDF.type,
                            page.createResource("http://purl.org/vocab/cpsv#PublicService")), part + " is described");
                    services.add(part.asResource().getURI());
                }
                Resource view = dataset.getPropertyResourceValue(page.createProperty(HYDRA, "view"));
                Resource following = view.getPropertyResourceValue(page.createProperty(HYDRA, "next"));
                next = following == null ? null : following.getURI();
                assertTrue(++pages < 1000, "the pages end");
            }
            assertEquals(total, services.size(), type + ": every published service");
            assertEquals(services.size(), new HashSet<>(services).size(), type + ": each once");
            assertTrue(services.contains("urn:khadamat:service:" + published), type + ": the one just published");
        }
    }

    @Test
    void everyFormatSaysTheSame() {
        String page = base + "api/public/catalogue?page=0&size=5";
        Model jsonLd = parse(get(page, "application/ld+json"), "application/ld+json");
        assertTrue(jsonLd.isIsomorphicWith(parse(get(page, "text/turtle"), "text/turtle")));
        assertTrue(jsonLd.isIsomorphicWith(parse(get(page, "application/rdf+xml"), "application/rdf+xml")));
        Model any = parse(get(page, "*/*"), "application/ld+json");
        assertTrue(jsonLd.isIsomorphicWith(any), "JSON-LD when anything will do");
        Set<Resource> catalogues = new HashSet<>(jsonLd.listSubjectsWithProperty(RDF.type,
                jsonLd.createResource("http://www.w3.org/ns/dcat#Catalog")).toList());
        assertEquals(1, catalogues.size());
    }

    @Test
    void aWrongRequestIsToldWhy() {
        Http.Reply size = get(base + "api/public/catalogue?size=0", "text/turtle");
        assertEquals(400, size.status());
        assertTrue(size.contentType().startsWith("application/problem+json"), size.contentType());
        assertTrue(size.body().contains("size"), size.body());
        Http.Reply pdf = get(base + "api/public/catalogue", "application/pdf");
        assertEquals(406, pdf.status());
        assertTrue(pdf.contentType().startsWith("application/problem+json"), pdf.contentType());
    }
}
