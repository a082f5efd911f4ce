package ir.khadamat.catalog;

import ir.khadamat.audit.AuditEvent;
import ir.khadamat.audit.AuditTrail;
import ir.khadamat.catalog.CardAuthoring;
import ir.khadamat.catalog.CardDetails;
import ir.khadamat.catalog.CardFormJson;
import ir.khadamat.catalog.CardStatus;
import ir.khadamat.catalog.CatalogPage;
import ir.khadamat.catalog.CatalogQuery;
import ir.khadamat.catalog.CatalogSearch;
import ir.khadamat.catalog.InvalidCard;
import ir.khadamat.catalog.ServiceCatalog;
import ir.khadamat.catalog.form.CardForm;
import ir.khadamat.platform.CatalogDataImport;
import ir.khadamat.testing.As;
import ir.khadamat.testing.Deployments;
import ir.khadamat.testing.Http;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Persistence and import of the catalogue, inside the server (EclipseLink on the real datasource). */
@ExtendWith(ArquillianExtension.class)
class CatalogPersistenceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(CatalogPersistenceIT.class, As.class, Http.class);
    }

    @EJB
    ServiceCatalog catalog;

    @EJB
    CatalogSearch search;

    @EJB
    CardAuthoring authoring;

    @EJB
    CatalogDataImport dataImport;

    @EJB
    AuditTrail audit;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction tx;

    private long count(String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }

    @Test
    void theEntityManagerIsEclipseLinks() {
        assertTrue(em.getDelegate().getClass().getName().startsWith("org.eclipse.persistence"),
                em.getDelegate().getClass().getName());
    }

    @Test
    void importingAgainChangesNothing() {
        long cards = count("SELECT COUNT(c) FROM ServiceCard c");
        long agencies = count("SELECT COUNT(a) FROM Agency a");
        long provinces = count("SELECT COUNT(p) FROM Province p");
        assertTrue(cards >= 7);
        assertEquals(31, provinces);

        dataImport.importAll();
        dataImport.importAll();

        assertEquals(cards, count("SELECT COUNT(c) FROM ServiceCard c"));
        assertEquals(agencies, count("SELECT COUNT(a) FROM Agency a"));
        assertEquals(provinces, count("SELECT COUNT(p) FROM Province p"));
    }

    @Test
    void aSeedDefinitionStoredWithoutItsEnglishTakesTheSeedsEnglishAtTheNextImport() throws Exception {
        String seed;
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("catalog-data/processes/prisoner-admission.json")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // as a database seeded before the step screens spoke English holds it
        String persianOnly = seed.replaceAll("\\s*\"(titleEn|labelEn)\"\\s*:\\s*\"[^\"]*\",?", "")
                .replaceAll(",(\\s*[}\\]])", "$1");
        tx.begin();
        em.joinTransaction();
        em.createNativeQuery("UPDATE service_card SET process_json = ?1 WHERE card_key = 'prisoner-admission'")
                .setParameter(1, persianOnly).executeUpdate();
        tx.commit();
        em.getEntityManagerFactory().getCache().evictAll();

        dataImport.importAll();

        List<?> stored = em.createNativeQuery("SELECT process_json FROM service_card WHERE card_key = 'prisoner-admission'")
                .getResultList();
        assertFalse(stored.isEmpty());
        stored.forEach(json -> assertTrue(String.valueOf(json).contains("\"titleEn\""), "the English is back"));
    }

    @Test
    void aCardKeepsEveryFieldThroughTheDatabase() throws Exception {
        CardForm original = CardFormJson.read(seed("prisoner-transfer").toString());
        CardDetails stored = As.user("reviewer", () -> catalog.find("prisoner-transfer").orElseThrow());
        assertEquals(original, stored.form(), "the stored form equals the data file, field by field");
        assertEquals(CardStatus.SUBMITTED, stored.status());

        List<AuditEvent> trail = As.user("reviewer", () -> audit.history("ServiceCard", "prisoner-transfer"));
        assertFalse(trail.isEmpty(), "the import is in the audit trail");
        assertEquals("IMPORTED", trail.get(0).getAction());
    }

    @Test
    void unknownStaysDistinctFromNone() throws Exception {
        JsonObject seed = seed("prisoner-visits");
        JsonObject spec = seed.getJsonObject("specification");
        JsonObject none = Json.createObjectBuilder(seed).add("key", "it-none-types")
                .add("identification", Json.createObjectBuilder(seed.getJsonObject("identification"))
                        .add("title", "خدمت آزمایشی بی‌نوع"))
                .add("specification", Json.createObjectBuilder(spec).add("serviceTypes", Json.createArrayBuilder()))
                .build();
        As.user("hq-admin", () -> authoring.create(CardFormJson.read(none.toString())));

        CardForm unknown = As.user("hq-admin", () -> catalog.find("prisoner-visits").orElseThrow().form());
        CardForm empty = As.user("hq-admin", () -> catalog.find("it-none-types").orElseThrow().form());
        assertNull(unknown.specification().serviceTypes(), "unknown is null");
        assertTrue(empty.specification().serviceTypes().isEmpty(), "none is an empty set");

        CatalogPage page = As.user("hq-admin", () -> search.search(CatalogQuery.parse("it-none-types", null, null, null, null, null, null, null)));
        assertEquals(0, page.total(), "the key is not a searchable text");
        CatalogPage byTitle = As.user("hq-admin", () -> search.search(CatalogQuery.parse("ملاقات", null, null, null, null, null, null, "100")));
        assertTrue(byTitle.facets().get("type").getOrDefault("unknown", 0L) >= 1, "the visits card");
        CatalogPage noTypes = As.user("hq-admin", () -> search.search(CatalogQuery.parse("آزمایشی بی‌نوع", null, null, null, null, null, null, null)));
        assertEquals(1, noTypes.total());
        assertTrue(noTypes.facets().get("type").isEmpty(), "no type and not unknown: " + noTypes.facets());
    }

    @Test
    void anInvalidFormIsRefusedAndNothingIsStored() throws Exception {
        JsonObject seed = seed("prisoner-visits");
        JsonObject noTitle = Json.createObjectBuilder(seed).add("key", "it-invalid")
                .add("identification", Json.createObjectBuilder(seed.getJsonObject("identification")).add("title", " "))
                .build();
        InvalidCard failure = assertThrows(InvalidCard.class,
                () -> As.user("hq-admin", () -> authoring.create(CardFormJson.read(noTitle.toString()))));
        assertTrue(failure.violations().stream().anyMatch(v -> v.field().equals("identification.title")),
                failure.violations().toString());
        assertFalse(catalog.exists("it-invalid"));
    }

    private static JsonObject seed(String key) throws Exception {
        JsonObject index = read("/catalog-data/index.json");
        for (var file : index.getJsonArray("cards").getValuesAs(JsonString.class)) {
            JsonObject card = read("/catalog-data/" + file.getString());
            if (key.equals(card.getString("key"))) {
                return card;
            }
        }
        throw new IllegalArgumentException("no seed card " + key);
    }

    private static JsonObject read(String resource) throws Exception {
        try (InputStream in = CatalogPersistenceIT.class.getResourceAsStream(resource);
             var reader = Json.createReader(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)))) {
            return reader.readObject();
        }
    }
}
