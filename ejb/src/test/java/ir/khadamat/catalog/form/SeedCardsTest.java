package ir.khadamat.catalog.form;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seven seed cards of catalog-data, checked against the original text of the forms. */
class SeedCardsTest {

    static Map<String, CardForm> cards;
    static String seed;

    @BeforeAll
    static void load() {
        cards = SeedCards.all();
        seed = SeedCards.seedText();
    }

    private static void inSeed(String what, String text) {
        assertNotNull(text, what);
        assertTrue(seed.contains(SeedCards.fold(text)), what + " is not verbatim from the seed: «" + text + "»");
    }

    @Test
    void theSevenCardsInTheSeedsOrder() {
        assertEquals(List.of("prisoner-education", "prisoner-employment", "prisoner-support", "prisoner-transfer",
                "prisoner-visits", "prisoner-admission", "prisoner-judicial-services"), List.copyOf(cards.keySet()));
        assertEquals(List.of("آموزش زندانیان (حرفه آموزی- کلاسیک)", "اشتغال زندانیان", "خدمات حمایتی", "مبادله زندانیان",
                        "ملاقات زندانیان با خانواده", "پذیرش و نگهداری زندانیان", "خدمات قضایی زندانیان"),
                cards.values().stream().map(c -> c.identification().title()).toList());
    }

    /** Every text of every card stands in the seed, letter for letter (white space folded). */
    @TestFactory
    Stream<DynamicTest> everyTextIsVerbatim() {
        return cards.values().stream().map(card -> DynamicTest.dynamicTest(card.key(), () -> {
            inSeed("summary", card.summary());
            assertTrue(Pattern.compile("عنوان خدمت: ?" + Pattern.quote(card.identification().title()) + " ۲- شناسه خدمت")
                    .matcher(seed).find(), "title of " + card.key() + " stands in field 1 of the seed");
            Specification spec = card.specification();
            inSeed("description", "شرح خدمت " + spec.description());
            for (String line : spec.audience().split("\n")) {
                inSeed("audience", line);
            }
            assertTrue(!spec.requiredDocuments().isEmpty(), "documents");
            spec.requiredDocuments().forEach(d -> inSeed("document", d));
            assertTrue(!spec.legalBasis().isEmpty(), "laws");
            spec.legalBasis().forEach(l -> inSeed("law", l));
            card.systemLinks().forEach(l -> inSeed("§7 row", l.system() + " " + l.exchangedFields()));
            for (AgencyLink l : card.agencyLinks()) {
                inSeed("§8 system", l.system() == null ? "" : l.system());
                if (l.exchangedFields() != null) {
                    inSeed("§8 fields", l.exchangedFields());
                }
            }
            if (card.processDiagram() != null) {
                card.processDiagram().steps().forEach(s -> inSeed("§10 step", s.title()));
            }
            if (card.access() != null && card.access().production() != null) {
                inSeed("production stage", "ضرورت مراجعه حضوری " + card.access().production().presenceReasonNote());
            }
        }));
    }

    @Test
    void theSummaryLineStandsAboveEachForm() {
        for (CardForm card : cards.values()) {
            String summaryThenForm = SeedCards.fold(card.summary()) + " ";
            assertTrue(seed.contains(summaryThenForm), card.key());
            assertEquals(card.summary(), card.specification().description(), "the seed repeats it as شرح خدمت");
        }
    }

    @Test
    void theNumbersOfTheSeed() {
        assertEquals(80_000L, cards.get("prisoner-education").details().recipients());
        assertEquals(25_000L, cards.get("prisoner-employment").details().recipients());
        assertEquals(3_000L, cards.get("prisoner-support").details().recipients());
        assertEquals(600_000L, cards.get("prisoner-admission").details().recipients());
        assertNull(cards.get("prisoner-visits").details().recipients(), "«………» is unknown");
        assertNull(cards.get("prisoner-transfer").details().recipients());

        Details.Frequency frequency = cards.get("prisoner-education").details().frequency();
        assertEquals(3, frequency.times());
        assertNull(frequency.period(), "the seed lost which of month/season/year was ticked");
        assertNull(frequency.onceForever());

        List<Details.Fee> fees = cards.get("prisoner-transfer").details().fees();
        assertEquals(1, fees.size());
        assertEquals(40_000L, fees.get(0).amountRials());
        assertNull(fees.get(0).bankAccount());
        assertTrue(seed.contains("۴۰۰۰۰ریال"));
        cards.values().stream().filter(c -> !c.key().equals("prisoner-transfer"))
                .forEach(c -> assertNull(c.details().fees(), c.key() + ": fee left blank is unknown"));
        // the numbers as the seed writes them, in Persian digits
        for (String n : List.of("۸۰۰۰۰", "۲۵۰۰۰", "۳۰۰۰", "۶۰۰۰۰۰", "۳")) {
            assertTrue(seed.contains(n), n);
        }
    }

    @Test
    void everyLinkRowOfSections7And8() {
        Map<String, Integer> systemRows = Map.of("prisoner-education", 1, "prisoner-employment", 1, "prisoner-support", 1,
                "prisoner-transfer", 1, "prisoner-visits", 1, "prisoner-admission", 1, "prisoner-judicial-services", 1);
        Map<String, List<String>> agencyRows = Map.of(
                "prisoner-education", List.of("judicial-authorities", "tvto"),
                "prisoner-employment", List.of("bank-pasargad", "judicial-authorities"),
                "prisoner-support", List.of("judiciary", "diyeh-hq", "prisoner-support-association"),
                "prisoner-transfer", List.of("judiciary", "foreign-ministry"),
                "prisoner-visits", List.of("judicial-authorities"),
                "prisoner-admission", List.of("judiciary"),
                "prisoner-judicial-services", List.of("judicial-authorities"));
        for (CardForm card : cards.values()) {
            assertEquals(systemRows.get(card.key()), card.systemLinks().size(), card.key());
            assertEquals(agencyRows.get(card.key()), card.agencyLinks().stream().map(AgencyLink::agency).toList(), card.key());
            card.systemLinks().forEach(l -> assertEquals("سیستم قضایی زندانیان", l.system()));
        }
        assertEquals("نام دوره- اساتید – شرکت کننده ها – اعلام نمرات",
                cards.get("prisoner-education").agencyLinks().get(1).exchangedFields());
        // the seed's copy-paste errors are kept for the reviewers to catch
        assertEquals("اطلاعات قضایی زندانی-صلاحیت اشتغال", cards.get("prisoner-visits").agencyLinks().get(0).exchangedFields());
        assertEquals("زندانیان آزاد شده", cards.get("prisoner-transfer").specification().audience());
    }

    @Test
    void theProcessStepsWhereTheSeedGivesThem() {
        assertEquals(List.of("اطلاع رسانی و ثبت نام اولیه", "حضور در کلاس ها", "صدور گواهینامه"),
                steps("prisoner-education"));
        assertEquals(5, steps("prisoner-support").size());
        assertEquals("در خواست متقاضی", steps("prisoner-judicial-services").get(0));
        for (String key : List.of("prisoner-employment", "prisoner-transfer", "prisoner-visits", "prisoner-admission")) {
            assertNull(cards.get(key).processDiagram(), key + " has no diagram in the seed");
        }
        ProcessDiagram diagram = cards.get("prisoner-support").processDiagram();
        assertEquals(diagram.steps().size() - 1, diagram.edges().size(), "a chain in the seed's order");
    }

    private static List<String> steps(String key) {
        return cards.get(key).processDiagram().steps().stream().map(ProcessDiagram.Step::title).toList();
    }

    @Test
    void whatTheSeedLostStaysUnknown() {
        for (CardForm card : cards.values()) {
            Specification spec = card.specification();
            assertNull(spec.serviceTypes(), card.key());
            assertNull(spec.nature(), card.key());
            assertNull(spec.levels(), card.key());
            assertNull(spec.relatedEvents(), card.key());
            assertNull(spec.startTriggers(), card.key());
            assertNull(card.identification().serviceId(), card.key() + ": assigned later by the planning organization");
            assertNull(card.access().webAddress(), card.key() + ": «www.» is a blank");
            assertNull(card.details().recipientsPeriod(), card.key());
            card.access().stages().stream().filter(s -> s != null)
                    .forEach(s -> assertNull(s.mode(), card.key() + ": stage mode"));
            card.systemLinks().forEach(l -> assertNull(l.mode(), card.key()));
            card.agencyLinks().forEach(l -> assertNull(l.mode(), card.key()));
            assertNull(card.filler(), card.key());
        }
    }

    @Test
    void agenciesAndProvincesResolve() {
        Set<String> agencyCodes = codes(SeedCards.resource("agencies.json"));
        for (CardForm card : cards.values()) {
            assertTrue(agencyCodes.contains(card.identification().executiveAgency()));
            assertTrue(agencyCodes.contains(card.identification().parentAgency()));
            card.agencyLinks().forEach(l -> assertTrue(agencyCodes.contains(l.agency()), l.agency()));
        }
        List<String> provinces = new ArrayList<>(codes(SeedCards.resource("provinces.json")));
        assertEquals(31, provinces.size());
        String text = SeedCards.resource("provinces.json");
        assertTrue(!text.contains("\u064A") && !text.contains("\u0643"), "Persian ی/ک in province names");
    }

    private static Set<String> codes(String json) {
        Matcher m = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        Set<String> codes = new java.util.LinkedHashSet<>();
        while (m.find()) {
            assertTrue(codes.add(m.group(1)), "duplicate code " + m.group(1));
        }
        return codes;
    }

    @Test
    void everySeedCardIsValid() {
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
        for (CardForm card : cards.values()) {
            assertEquals(Set.of(), validator.validate(card).stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage()).collect(Collectors.toSet()), card.key());
        }
    }
}
