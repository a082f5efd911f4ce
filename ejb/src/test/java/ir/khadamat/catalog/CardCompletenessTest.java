package ir.khadamat.catalog;

import ir.khadamat.catalog.CardCompleteness.Assessment;
import ir.khadamat.catalog.CardCompleteness.Section;
import ir.khadamat.catalog.CardCompleteness.Warning;
import ir.khadamat.catalog.form.Access;
import ir.khadamat.catalog.form.AgencyLink;
import ir.khadamat.catalog.form.CardForm;
import ir.khadamat.catalog.form.DeliveryMode;
import ir.khadamat.catalog.form.Details;
import ir.khadamat.catalog.form.ElectronicChannel;
import ir.khadamat.catalog.form.FormFiller;
import ir.khadamat.catalog.form.LifeEvent;
import ir.khadamat.catalog.form.LinkMode;
import ir.khadamat.catalog.form.OfficeLevel;
import ir.khadamat.catalog.form.Period;
import ir.khadamat.catalog.form.PresenceReason;
import ir.khadamat.catalog.form.ProcessDiagram;
import ir.khadamat.catalog.form.SeedCards;
import ir.khadamat.catalog.form.ServiceLevel;
import ir.khadamat.catalog.form.ServiceNature;
import ir.khadamat.catalog.form.ServiceType;
import ir.khadamat.catalog.form.Specification;
import ir.khadamat.catalog.form.StageChannel;
import ir.khadamat.catalog.form.StartTrigger;
import ir.khadamat.catalog.form.SystemLink;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CardCompletenessTest {

    private static final Map<String, CardForm> SEED = SeedCards.all();

    private static Set<String> warningCodes(Assessment a) {
        return Set.copyOf(a.warnings().stream().map(Warning::code).toList());
    }

    @Test
    void theSeedCardsShowTheirRealGaps() {
        for (CardForm card : SEED.values()) {
            Assessment a = CardCompleteness.assess(card);
            assertTrue(a.score() > 0 && a.score() < 100, card.key() + " " + a.score());
            assertTrue(a.missing().get(Section.S4).contains("specification.serviceTypes"), card.key());
            assertTrue(a.missing().get(Section.S6).contains("access.request.mode"), card.key());
            assertTrue(a.missing().get(Section.FILLER).contains("filler.name"), card.key());
            assertTrue(a.missing().get(Section.S1).isEmpty(), card.key() + " has its title");
        }
        Assessment transfer = CardCompleteness.assess(SEED.get("prisoner-transfer"));
        assertTrue(transfer.warnings().contains(new Warning("feeWithoutAccount", "details.fees[0].bankAccount")));
        assertTrue(transfer.warnings().contains(new Warning("agencyLinkWithoutFields", "agencyLinks[1].exchangedFields")),
                "the foreign ministry row names no fields");
        Assessment education = CardCompleteness.assess(SEED.get("prisoner-education"));
        assertTrue(warningCodes(education).containsAll(Set.of("statisticsWithoutPeriod", "frequencyWithoutPeriod")));
        assertTrue(!warningCodes(education).contains("stepNotReachable"), "the seed's chain is connected");
        assertTrue(!warningCodes(CardCompleteness.assess(SEED.get("prisoner-visits"))).contains("feeWithoutAccount"));
    }

    @Test
    void aCompleteCardScoresAHundred() {
        CardForm complete = complete(SEED.get("prisoner-education"));
        Assessment a = CardCompleteness.assess(complete);
        assertEquals(List.of(), a.warnings());
        a.missing().forEach((section, fields) -> assertEquals(List.of(), fields, section.name()));
        assertEquals(100, a.score());
    }

    @Test
    void contradictionsAreWarned() {
        CardForm f = complete(SEED.get("prisoner-education"));
        StageChannel electronic = new StageChannel(DeliveryMode.ELECTRONIC, Set.of(ElectronicChannel.INTERNET), null,
                null, null, null, null, null);
        Access noAddress = new Access(null, null, electronic, electronic, electronic, electronic);
        ProcessDiagram island = new ProcessDiagram(List.of(new ProcessDiagram.Step("a", "الف"),
                new ProcessDiagram.Step("b", "ب"), new ProcessDiagram.Step("c", "ج")),
                List.of(new ProcessDiagram.Edge("a", "b")));
        CardForm g = new CardForm(1, f.key(), f.summary(), f.identification(), f.specification(),
                new Details(100L, null, "۳ روز", f.details().frequency(), 1,
                        List.of(new Details.Fee(40_000L, " ")), true),
                noAddress, f.systemLinks(), List.of(new AgencyLink("tvto", null, null, null, LinkMode.BATCH, null)),
                f.processTitles(), island, f.filler());
        Set<String> codes = warningCodes(CardCompleteness.assess(g));
        assertEquals(Set.of("statisticsWithoutPeriod", "feeWithoutAccount", "electronicRequestWithoutAddress",
                "agencyLinkWithoutFields", "stepNotReachable"), codes);
    }

    /** The card with every question of the form answered. */
    static CardForm complete(CardForm f) {
        Specification s = f.specification();
        StageChannel online = new StageChannel(DeliveryMode.ELECTRONIC, Set.of(ElectronicChannel.INTERNET), null,
                null, null, null, null, null);
        StageChannel inPerson = new StageChannel(DeliveryMode.NON_ELECTRONIC, null, null, null, null,
                Set.of(PresenceReason.VERIFY_PERSON), null, Set.of(OfficeLevel.PROVINCIAL));
        return new CardForm(1, f.key(), f.summary(), f.identification(),
                new Specification(s.description(), Set.of(ServiceType.G2C), s.audience(), ServiceNature.OPERATIONAL,
                        Set.of(ServiceLevel.PROVINCIAL), Set.of(LifeEvent.EDUCATION), Set.of(StartTrigger.RECIPIENT_REQUEST),
                        null, s.requiredDocuments(), s.legalBasis()),
                new Details(80_000L, Period.YEAR, "۳ ماه", new Details.Frequency(false, 3, Period.YEAR), 2, List.of(), null),
                new Access("https://example.ir/edu", "سامانه آموزش", online, online, inPerson, inPerson),
                List.of(new SystemLink("سیستم قضایی زندانیان", "اطلاعات شناسنامه ای", LinkMode.ONLINE)),
                List.of(new AgencyLink("tvto", "بانک اطلاعاتی", "نمرات", null, LinkMode.BATCH, null)),
                List.of("ثبت نام", "حضور در کلاس"), f.processDiagram(),
                new FormFiller("نام", "021-1234", "a@example.ir", "واحد آموزش"));
    }
}
