package ir.khadamat.integration;

import ir.khadamat.catalog.process.ProcessDefinition;
import ir.khadamat.catalog.process.ProcessDefinitions;
import ir.khadamat.catalog.process.StepKind;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The simulator plays every partner the seed processes call, with the operations they call it with. */
class PartnerSimulatorTest {

    static final List<String> SEED = List.of("prisoner-education", "prisoner-employment", "prisoner-support",
            "prisoner-transfer", "prisoner-visits", "prisoner-admission", "prisoner-judicial-services");

    private static ProcessDefinition seed(String key) throws IOException {
        try (InputStream in = PartnerSimulatorTest.class.getResourceAsStream("/catalog-data/processes/" + key + ".json")) {
            return ProcessDefinitions.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void everyElectronicInquiryOfTheSeedIsAnsweredAndTheSameRequestTheSameWay() throws Exception {
        PartnerSimulator simulator = new PartnerSimulator();
        int answered = 0;
        for (String key : SEED) {
            for (ProcessDefinition.Step s : seed(key).steps()) {
                if (s.kind() != StepKind.INQUIRY || "letter".equals(s.setting("mode"))) {
                    continue;
                }
                Map<String, String> request = Map.of("prisonerNumber", "T-" + key);
                Map<String, String> answer = simulator.call(s.setting("partner"), s.setting("operation"), request);
                assertTrue(answer.size() > 2, key + "/" + s.id() + ": " + answer);
                assertEquals(answer, simulator.call(s.setting("partner"), s.setting("operation"), request));
                answered++;
            }
        }
        assertTrue(answered >= 16, "inquiries answered: " + answered);
    }

    @Test
    void theForeignMinistryHasNoElectronicOperationAndAnUnknownOperationIsRefused() {
        PartnerSimulator simulator = new PartnerSimulator();
        assertThrows(PartnerUnavailable.class, () -> simulator.call("foreign-ministry", "letter", Map.of()));
        assertThrows(PartnerUnavailable.class, () -> simulator.call("tvto", "wage-payment", Map.of()));
        assertThrows(PartnerUnavailable.class, () -> simulator.call("no-such-partner", "x", Map.of()));
    }

    @Test
    void aPartnerTakenDownFailsUntilItIsBackUp() throws Exception {
        PartnerSimulator simulator = new PartnerSimulator();
        simulator.setDown("bank-pasargad", true);
        assertThrows(PartnerUnavailable.class, () -> simulator.call("bank-pasargad", "wage-payment", Map.of()));
        simulator.setDown("bank-pasargad", false);
        assertEquals("true", simulator.call("bank-pasargad", "wage-payment", Map.of("amountRials", "۲٬۵۰۰٬۰۰۰")).get("settled"));
        assertEquals(2, simulator.calls("bank-pasargad"));
    }
}
