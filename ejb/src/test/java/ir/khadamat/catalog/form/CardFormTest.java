package ir.khadamat.catalog.form;

import ir.khadamat.catalog.CardFormJson;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of the form, its labels and its JSON. */
class CardFormTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private static CardForm visits() {
        return SeedCards.all().get("prisoner-visits");
    }

    private static CardForm withIdentification(CardForm f, Identification id) {
        return new CardForm(f.formatVersion(), f.key(), f.summary(), id, f.specification(), f.details(), f.access(),
                f.systemLinks(), f.agencyLinks(), f.processTitles(), f.processDiagram(), f.filler());
    }

    private static CardForm withAccess(CardForm f, Access access) {
        return new CardForm(f.formatVersion(), f.key(), f.summary(), f.identification(), f.specification(), f.details(),
                access, f.systemLinks(), f.agencyLinks(), f.processTitles(), f.processDiagram(), f.filler());
    }

    private static Set<String> faults(CardForm form) {
        return VALIDATOR.validate(form).stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
    }

    @Test
    void aTitleIsRequiredAndTheMessageIsPersian() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("fa"));
            CardForm f = visits();
            // Hibernate Validator takes the default locale when its factory is built
            Set<ConstraintViolation<CardForm>> violations = Validation.buildDefaultValidatorFactory().getValidator().validate(
                    withIdentification(f, new Identification(" ", null, "prisons-organization", "judiciary")));
            assertEquals(1, violations.size());
            ConstraintViolation<CardForm> v = violations.iterator().next();
            assertEquals("identification.title", v.getPropertyPath().toString());
            assertEquals("عنوان خدمت الزامی است", v.getMessage());
            Locale.setDefault(Locale.ENGLISH);
            assertEquals("The title is required", Validation.buildDefaultValidatorFactory().getValidator().validate(
                    withIdentification(f, new Identification(null, null, null, null))).iterator().next().getMessage());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void eachStageOffersItsOwnChannels() {
        StageChannel intranet = new StageChannel(DeliveryMode.ELECTRONIC, Set.of(ElectronicChannel.INTRANET),
                null, null, null, null, null, null);
        StageChannel sms = new StageChannel(DeliveryMode.ELECTRONIC, Set.of(ElectronicChannel.SMS),
                null, null, null, null, null, null);
        assertEquals(Set.of(), faults(withAccess(visits(), new Access(null, null, sms, sms, intranet, sms))));
        assertEquals(Set.of("access.production.channels", "access.request.channels"),
                faults(withAccess(visits(), new Access(null, null, null, intranet, sms, null))));
    }

    @Test
    void keysNumbersAndEmailsAreChecked() {
        CardForm f = visits();
        CardForm bad = new CardForm(2, "Not A Key", f.summary(), f.identification(), f.specification(),
                new Details(-1L, null, null, null, null, List.of(new Details.Fee(-5L, null)), null),
                f.access(), f.systemLinks(), List.of(new AgencyLink(" ", null, null, -1L, null, null)),
                f.processTitles(), f.processDiagram(), new FormFiller(null, "abc", "not-an-email", null));
        assertEquals(Set.of("formatVersion", "key", "details.recipients", "details.fees[0].amountRials",
                "agencyLinks[0].agency", "agencyLinks[0].feeRials", "filler.phone", "filler.email"), faults(bad));
    }

    @Test
    void aDiagramsArrowsJoinItsOwnSteps() {
        CardForm f = visits();
        ProcessDiagram broken = new ProcessDiagram(
                List.of(new ProcessDiagram.Step("a", "الف"), new ProcessDiagram.Step("a", "ب")),
                List.of(new ProcessDiagram.Edge("a", "z")));
        CardForm g = new CardForm(1, f.key(), f.summary(), f.identification(), f.specification(), f.details(),
                f.access(), f.systemLinks(), f.agencyLinks(), f.processTitles(), broken, f.filler());
        assertEquals(Set.of("processDiagram.steps[1].id", "processDiagram.edges[0].to"), faults(g));
    }

    @Test
    void choiceSetsKeepTheFormsOrderInJson() {
        String json = CardFormJson.write(withAccess(visits(), new Access(null, null, null,
                new StageChannel(DeliveryMode.ELECTRONIC, new HashSet<>(List.of(ElectronicChannel.SMS,
                        ElectronicChannel.INTERNET, ElectronicChannel.EMAIL)), null, null, null, null, null, null),
                null, null)));
        assertTrue(json.contains("\"channels\":[\"INTERNET\",\"EMAIL\",\"SMS\"]"), json);
        assertEquals(json, CardFormJson.write(CardFormJson.read(json)));
    }

    @Test
    void choicesHaveTheFormsLabels() {
        assertEquals("خدمت به شهروندان", ServiceType.G2C.persianLabel());
        assertEquals("Service to citizens (G2C)", ServiceType.G2C.englishLabel());
        assertEquals("برخط", LinkMode.ONLINE.label(Locale.forLanguageTag("fa")));
        assertEquals("Electronic, online", LinkMode.ONLINE.label(Locale.ENGLISH));
        for (Class<? extends Labelled> type : List.of(ServiceType.class, ServiceNature.class, ServiceLevel.class,
                LifeEvent.class, StartTrigger.class, Period.class, Stage.class, DeliveryMode.class,
                ElectronicChannel.class, PresenceReason.class, OfficeLevel.class, LinkMode.class, InquiryPerformer.class)) {
            for (Labelled choice : type.getEnumConstants()) {
                assertTrue(!choice.persianLabel().isBlank() && !choice.englishLabel().isBlank(), choice.name());
            }
        }
        assertEquals(14, LifeEvent.values().length);
    }

    @Test
    void jsonRoundTripIsExact() {
        for (CardForm card : SeedCards.all().values()) {
            String json = CardFormJson.write(card);
            assertEquals(card, CardFormJson.read(json), card.key());
            assertEquals(json, CardFormJson.write(CardFormJson.read(json)));
        }
    }

    @Test
    void unknownAndNoneSurviveJson() {
        CardForm card = visits();
        assertNull(CardFormJson.read(CardFormJson.write(card)).specification().serviceTypes());
        String none = CardFormJson.write(card).replace("\"serviceTypes\":null", "\"serviceTypes\":[]");
        assertEquals(Set.of(), CardFormJson.read(none).specification().serviceTypes());
    }

    @Test
    void aDocumentThatIsNotACardIsRefusedWithAMessage() {
        assertThrows(CardFormJson.InvalidCardDocument.class, () -> CardFormJson.read("{\"key\": [1, 2"));
        assertThrows(CardFormJson.InvalidCardDocument.class, () -> CardFormJson.read("null"));
        assertThrows(CardFormJson.InvalidCardDocument.class,
                () -> CardFormJson.read("{\"specification\": {\"serviceTypes\": [\"G9C\"]}}"));
    }
}
