package ir.khadamat.catalog;

import ir.khadamat.catalog.form.CardForm;
import ir.khadamat.catalog.form.LifeEvent;
import ir.khadamat.catalog.form.SeedCards;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CpsvExportTest {

    private static CardDetails details(CardForm form) {
        return new CardDetails(1L, form.key(), CardStatus.SUBMITTED, 0, Instant.EPOCH, form,
                Map.of("prisons-organization", new CardDetails.AgencyName("سازمان زندانها و اقدامات تامینی و تربیتی کشور",
                        "Prisons Organization")), 1, true, null, null, null, null, null);
    }

    @Test
    void aSeedCardAsAPublicService() {
        JsonObject service = CpsvExport.of(details(SeedCards.all().get("prisoner-transfer")));
        assertEquals("cpsv:PublicService", service.getString("@type"));
        assertEquals("http://purl.org/vocab/cpsv#", service.getJsonObject("@context").getString("cpsv"));
        assertEquals("مبادله زندانیان", service.getJsonObject("dct:title").getString("@value"));
        assertEquals("fa", service.getJsonObject("dct:title").getString("@language"));
        assertEquals("prisoner-transfer", service.getString("dct:identifier"), "no service ID yet: the card key");
        JsonObject cost = service.getJsonArray("cv:hasCost").getJsonObject(0);
        assertEquals(40_000.0, cost.getJsonObject("cv:hasValue").getJsonNumber("@value").doubleValue());
        assertEquals("xsd:double", cost.getJsonObject("cv:hasValue").getString("@type"));
        assertEquals("http://publications.europa.eu/resource/authority/currency/IRR",
                cost.getJsonObject("cv:currency").getString("@id"), "the currency a concept of the EU's table, not a text");
        assertEquals(2, service.getJsonArray("cpsv:hasInput").size());
        assertEquals("1", service.getJsonArray("cpsv:hasInput").getJsonObject(0).getString("dct:identifier"));
        assertEquals("urn:khadamat:agency:prisons-organization",
                service.getJsonObject("cv:hasCompetentAuthority").getString("@id"));
        assertEquals(2, service.getJsonArray("cv:hasParticipation").size());
        // unknown stays out: the seed lost the service types, events and channels
        assertFalse(service.containsKey("dct:audience"));
        assertFalse(service.containsKey("cv:isGroupedBy"));
        assertFalse(service.containsKey("cv:hasChannel"));
    }

    @Test
    void choicesAndChannelsWhenTheFormSaysThem() {
        CardForm complete = CardCompletenessTest.complete(SeedCards.all().get("prisoner-education"));
        JsonObject service = CpsvExport.of(details(complete));
        JsonObject g2c = service.getJsonArray("dct:audience").getJsonObject(0);
        assertEquals("G2C", g2c.getString("skos:notation"));
        assertEquals("urn:khadamat:vocabulary:ServiceType:G2C", g2c.getString("@id"));
        assertEquals("cv:LifeEvent", service.getJsonArray("cv:isGroupedBy").getJsonObject(0).getJsonArray("@type").getString(0));
        assertTrue(service.getJsonArray("cv:hasChannel").size() >= 2);
        assertFalse(service.containsKey("cv:hasCost"), "no fee, none listed");
    }
}
