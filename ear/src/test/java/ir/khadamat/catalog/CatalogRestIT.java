package ir.khadamat.catalog;

import ir.khadamat.testing.ClientTest;
import ir.khadamat.testing.Http;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The catalogue's REST API against the real application on WildFly, called as a client would. */
class CatalogRestIT extends ClientTest {

    static final List<String> SEED_KEYS = List.of("prisoner-education", "prisoner-employment", "prisoner-support",
            "prisoner-transfer", "prisoner-visits", "prisoner-admission", "prisoner-judicial-services");

    private Http http() {
        return new Http(base).as("reviewer");
    }

    /** The JSON object a GET of the path answers, with 200. */
    private JsonObject ok(String path) {
        Http.Reply reply = http().get(path);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private Set<String> keys(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(item -> item.getString("key")).collect(Collectors.toSet());
    }

    @Test
    void thePublicSeesOnlyPublishedCards() {
        Http anonymous = new Http(base);
        JsonObject page = anonymous.get("/api/cards?size=100").json();
        // the seed cards themselves (published copies under other keys, made by the runtime tests, may be listed)
        assertTrue(keys(page).stream().noneMatch(SEED_KEYS::contains),
                "the seed cards wait for review and are not public: " + keys(page));
        assertEquals(404, anonymous.get("/api/cards/prisoner-visits").status());
    }

    @Test
    void theSevenSeedCardsAreInTheCatalogue() {
        JsonObject page = ok("/api/cards?size=100");
        assertTrue(keys(page).containsAll(SEED_KEYS), "seed cards listed: " + keys(page));
        assertTrue(page.getInt("total") >= 7);
    }

    @Test
    void searchFoldsArabicLettersDigitsAndZwnj() {
        // ملاقات, and «زندانيان» typed with Arabic ي (U+064A)
        JsonObject visits = http().get("/api/cards?q=" + Http.encode("ملاقات زندان\u064Aان")).json();
        // of the seed cards, visits (copies other tests published may match too)
        assertEquals(Set.of("prisoner-visits"), keys(visits).stream().filter(SEED_KEYS::contains).collect(Collectors.toSet()));
        // «كار» with Arabic ك (U+0643): employment ("اشتغال به کار") must be found
        assertTrue(keys(http().get("/api/cards?q=" + Http.encode("\u0643ار")).json()).contains("prisoner-employment"));
        // ZWNJ typed or not: «دستگاه‌های» and «دستگاههای»
        assertEquals(keys(http().get("/api/cards?q=" + Http.encode("دستگاه\u200Cهای")).json()),
                keys(http().get("/api/cards?q=" + Http.encode("دستگاههای")).json()));
        assertTrue(keys(http().get("/api/cards?q=" + Http.encode("ناموجودترین‌واژه")).json()).isEmpty());
        // the seed writes «حرفه آموزی» with a space: a ZWNJ, a space and no separator find it alike
        for (String typed : List.of("حرفه آموزی", "حرفه\u200Cآموزی", "حرفهآموزی")) {
            assertTrue(keys(http().get("/api/cards?q=" + Http.encode(typed)).json()).contains("prisoner-education"),
                    typed);
        }
        // §5's figures in any digits: education counts 80000 recipients
        assertTrue(keys(http().get("/api/cards?q=" + Http.encode("۸۰۰۰۰")).json()).contains("prisoner-education"));
    }

    @Test
    void facetsCountUnknownApartFromValues() {
        JsonObject page = http().get("/api/cards?q=" + Http.encode("زندان")).json();
        JsonObject facets = page.getJsonObject("facets");
        for (String facet : List.of("type", "event", "level", "agency", "electronicStages")) {
            assertTrue(facets.containsKey(facet), "facet " + facet);
        }
        // the seed lost every checkbox: service types and stages are unknown on all seven cards
        assertTrue(facets.getJsonObject("type").getJsonNumber("unknown").intValue() >= 7);
        assertTrue(facets.getJsonObject("electronicStages").getJsonNumber("unknown").intValue() >= 7);
        assertTrue(facets.getJsonObject("agency").getJsonNumber("prisons-organization").intValue() >= 7);

        JsonObject filtered = http().get("/api/cards?agency=prisons-organization&electronicStages=unknown&size=100").json();
        assertTrue(keys(filtered).containsAll(SEED_KEYS));
        assertTrue(keys(http().get("/api/cards?type=G2B&q=" + Http.encode("زندان")).json()).isEmpty(),
                "no seed card is known to be G2B");
        assertTrue(keys(http().get("/api/cards?type=unknown&event=unknown&level=unknown&size=100").json())
                .containsAll(SEED_KEYS), "unknown is a value of every facet");
        assertEquals(keys(http().get("/api/cards?type=G2C&size=100").json()), keys(http().get("/api/cards?type=g2c&size=100").json()),
                "names are read case-insensitively");
    }

    @Test
    void pagingSplitsTheResults() {
        JsonObject first = http().get("/api/cards?size=3&page=0").json();
        JsonObject second = http().get("/api/cards?size=3&page=1").json();
        assertEquals(3, first.getJsonArray("items").size());
        assertTrue(second.getJsonArray("items").size() >= 1);
        Set<String> overlap = keys(first);
        overlap.retainAll(keys(second));
        assertTrue(overlap.isEmpty(), "pages do not overlap");
    }

    @Test
    void aWholeCardWithUnknownsAsNull() {
        JsonObject card = ok("/api/cards/prisoner-visits");
        JsonObject form = card.getJsonObject("form");
        assertEquals("ملاقات زندانیان با خانواده", form.getJsonObject("identification").getString("title"));
        assertEquals(JsonValue.NULL, form.getJsonObject("identification").get("serviceId"),
                "the service ID is assigned later by the planning organization");
        assertEquals(JsonValue.NULL, form.getJsonObject("specification").get("serviceTypes"), "checkbox state lost");
        JsonArray agencyLinks = form.getJsonArray("agencyLinks");
        assertTrue(agencyLinks.size() >= 1);
        assertTrue(card.getJsonObject("agencies").containsKey("prisons-organization"));
        // the same card by numeric id
        assertEquals(200, http().get("/api/cards/" + card.getJsonNumber("id")).status());
    }

    @Test
    void completenessShowsTheSeedsRealGaps() {
        JsonObject assessment = ok("/api/cards/prisoner-transfer/completeness");
        int score = assessment.getInt("score");
        assertTrue(score > 0 && score < 100, "score " + score);
        assertTrue(assessment.getJsonObject("missing").getJsonArray("S4").getValuesAs(JsonString.class)
                .stream().anyMatch(f -> f.getString().equals("specification.serviceTypes")));
        Set<String> warnings = assessment.getJsonArray("warnings").getValuesAs(JsonObject.class).stream()
                .map(w -> w.getString("code")).collect(Collectors.toSet());
        assertTrue(warnings.containsAll(Set.of("feeWithoutAccount", "agencyLinkWithoutFields")), warnings.toString());
        assertEquals(404, http().get("/api/cards/no-such-card/completeness").status());
    }

    @Test
    void aCardInCpsvAp() {
        Http.Reply reply = http().send(HttpRequest.newBuilder(
                URI.create(base.toString().replaceAll("/$", "") + "/api/cards/prisoner-visits/cpsv"))
                .header("Accept", "application/ld+json").GET());
        assertEquals(200, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/ld+json"), reply.contentType());
        JsonObject service = reply.json();
        assertEquals("cpsv:PublicService", service.getString("@type"));
        assertEquals("ملاقات زندانیان با خانواده", service.getJsonObject("dct:title").getString("@value"));
    }

    @ParameterizedTest
    @CsvSource({
            "type=XYZ, type",
            "event=nothing, event",
            "level=planet, level",
            "page=-1, page",
            "page=abc, page",
            "size=0, size",
            "size=1000, size",
            "electronicStages=9, electronicStages",
    })
    void badParametersGetAProblemNamingTheParameter(String query, String parameter) {
        Http.Reply reply = http().get("/api/cards?" + query);
        assertEquals(400, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        JsonObject problem = reply.json();
        assertEquals(400, problem.getInt("status"));
        assertEquals(parameter, problem.getString("parameter"));
    }

    @Test
    void anUnknownCardIsA404Problem() {
        Http.Reply reply = http().get("/api/cards/no-such-card");
        assertEquals(404, reply.status());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        assertEquals(404, reply.json().getInt("status"));
    }

    @Test
    void noLibraryExposesItsOwnRestResources() {
        // EclipseLink's JPA-RS would serve the persistence unit here if its resources were scanned
        assertEquals(404, http().get("/api/v2.0/khadamat/metadata").status());
        assertEquals(404, http().get("/api/v2.0/khadamat/entity/ServiceCard/1").status());
    }

    @Test
    void theServerPublishesAnOpenApiDocument() {
        JsonObject paths = ok("/openapi?format=JSON").getJsonObject("paths");
        assertTrue(paths.containsKey("/api/cards"), paths.keySet().toString());
        assertTrue(paths.containsKey("/api/cards/{id}"), paths.keySet().toString());
        assertTrue(paths.containsKey("/api/review/desk"), paths.keySet().toString());
        assertTrue(paths.keySet().stream().allMatch(p -> p.startsWith("/api/")), "only the application's own: " + paths.keySet());
    }
}
