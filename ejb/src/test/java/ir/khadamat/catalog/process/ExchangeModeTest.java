package ir.khadamat.catalog.process;

import ir.khadamat.catalog.CardFormJson;
import ir.khadamat.catalog.form.CardForm;
import ir.khadamat.integration.PartnerEndpoint;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How an inquiry's link is executed, and how a real partner's endpoint is configured. */
class ExchangeModeTest {

    /** The transfer card: §7 one row, §8 the judiciary and the foreign ministry, every mode unknown in the seed. */
    private static String transferCard() throws IOException {
        try (InputStream in = ExchangeModeTest.class.getResourceAsStream("/catalog-data/cards/04-prisoner-transfer.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void whereTheCardsRowIsUnknownTheStepDecidesAndOnlineWithoutEither() throws IOException {
        CardForm card = CardFormJson.read(transferCard());
        assertEquals(ExchangeMode.LETTER, ExchangeMode.of(card, Map.of("link", "§8:foreign-ministry", "mode", "letter")));
        assertEquals(ExchangeMode.BATCH, ExchangeMode.of(card, Map.of("link", "§7:1", "mode", "Batch")));
        assertEquals(ExchangeMode.ONLINE, ExchangeMode.of(card, Map.of("link", "§8:judiciary")));
        assertEquals(ExchangeMode.ONLINE, ExchangeMode.of(null, null));
    }

    @Test
    void aModeTheCardsRowDeclaresWinsOverTheSteps() throws IOException {
        String json = transferCard();
        int row = json.indexOf("\"foreign-ministry\"");
        int mode = json.indexOf("\"mode\": null", row);
        CardForm card = CardFormJson.read(json.substring(0, mode) + "\"mode\": \"NON_ELECTRONIC\"" + json.substring(mode + 12));
        assertEquals(ExchangeMode.LETTER, ExchangeMode.of(card, Map.of("link", "§8:foreign-ministry", "mode", "online")));
        int system = json.indexOf("\"mode\": null", json.indexOf("\"systemLinks\""));
        CardForm batch = CardFormJson.read(json.substring(0, system) + "\"mode\": \"BATCH\"" + json.substring(system + 12));
        assertEquals(ExchangeMode.BATCH, ExchangeMode.of(batch, Map.of("link", "§7:1", "mode", "online")));
        assertEquals(ExchangeMode.ONLINE, ExchangeMode.of(batch, Map.of("link", "§7:2")), "no such row: the step decides");
    }

    @Test
    void anUnknownModeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ExchangeMode.parse("fax"));
        assertTrue(ExchangeMode.parse(" ").isEmpty());
    }

    @Test
    void anEndpointIsReadFromTheServersPropertiesAndBacksOffDoubling() {
        assertTrue(PartnerEndpoint.of("test-partner").isEmpty(), "no URL: the simulator serves it");
        System.setProperty("khadamat.partner.test-partner.url", "https://partner.example/api");
        System.setProperty("khadamat.partner.test-partner.backoffMs", "100");
        System.setProperty("khadamat.partner.test-partner.attempts", "4");
        try {
            PartnerEndpoint e = PartnerEndpoint.of("test-partner").orElseThrow();
            assertEquals("https://partner.example/api/wage-payment", e.url().resolve("wage-payment").toString());
            assertEquals(4, e.attempts());
            assertEquals(Duration.ofSeconds(10), e.readTimeout(), "the default read timeout");
            assertEquals(Duration.ofMillis(100), e.delayBefore(2));
            assertEquals(Duration.ofMillis(200), e.delayBefore(3));
            assertEquals(Duration.ofMillis(400), e.delayBefore(4));
        } finally {
            System.clearProperty("khadamat.partner.test-partner.url");
            System.clearProperty("khadamat.partner.test-partner.backoffMs");
            System.clearProperty("khadamat.partner.test-partner.attempts");
        }
    }
}
