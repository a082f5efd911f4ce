package ir.khadamat.catalog.form;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seven seed cards of catalog-data, checked against the original text of the forms (the copy in
 * {@code catalog-data/source}). Texts are compared after folding runs of white space, nothing else: every
 * letter — Arabic ي/ك included — must be the seed's.
 */
class SeedCardsTest {

    static final List<String> KEYS = List.of("prisoner-education", "prisoner-employment", "prisoner-support",
            "prisoner-transfer", "prisoner-visits", "prisoner-admission", "prisoner-judicial-services");

    static Map<String, CardForm> cards;
    static String seed;
    static List<String> forms;
    static Map<String, String> agencyNames;
    static ValidatorFactory validation;

    @BeforeAll
    static void load() {
        cards = SeedCards.all();
        seed = SeedCards.seedText();
        forms = SeedCards.seedForms();
        agencyNames = SeedCards.rows("agencies.json").stream()
                .collect(Collectors.toMap(a -> a.get("code"), a -> a.get("persianName")));
        validation = Validation.buildDefaultValidatorFactory();
    }

    @AfterAll
    static void close() {
        validation.close();
    }

    // ---------------------------------------------------------------- the seed's text, field by field

    /** The folded text between two markers of the form (to its end when {@code to} is null). */
    private static String between(String form, String from, String to) {
        int start = form.indexOf(from);
        assertTrue(start >= 0, "no «" + from + "» in the form");
        start += from.length();
        int end = to == null ? form.length() : form.indexOf(to, start);
        assertTrue(end >= 0, "no «" + to + "» after «" + from + "»");
        return form.substring(start, end).strip();
    }

    private static String form(CardForm card) {
        return forms.get(KEYS.indexOf(card.key()));
    }

    /** The items of a list, removed one by one in order from the seed's field, leave only separators. */
    private static void itemsCoverTheField(String what, List<String> items, String field) {
        assertNotNull(items, what);
        assertFalse(items.isEmpty(), what);
        String rest = field;
        for (String item : items) {
            String folded = SeedCards.fold(item);
            assertEquals(item.strip(), item, what + " item has white space at its ends");
            int at = rest.indexOf(folded);
            assertTrue(at >= 0, what + " item is not verbatim from the seed (or out of order): «" + item + "»");
            assertTrue(rest.substring(0, at).matches("[\\s\\-–،]*"), what + ": the seed has more before «" + item + "»");
            rest = rest.substring(at + folded.length());
        }
        assertTrue(rest.matches("[\\s\\-–،]*"), what + ": the seed has more after the last item: «" + rest + "»");
    }

    /** A number the seed writes in Persian digits inside a field, or null when the field has none. */
    private static Long persianNumber(String field) {
        String digits = field.codePoints().filter(Character::isDigit)
                .map(c -> '0' + Character.digit(c, 10)).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                        StringBuilder::append).toString();
        return digits.isEmpty() ? null : Long.valueOf(digits);
    }

    @Test
    void theSevenCardsInTheSeedsOrder() {
        assertEquals(KEYS, List.copyOf(cards.keySet()));
        assertEquals(7, forms.size(), "seven forms in the seed");
        assertEquals(List.of("cards/01-prisoner-education.json", "cards/02-prisoner-employment.json",
                "cards/03-prisoner-support.json", "cards/04-prisoner-transfer.json", "cards/05-prisoner-visits.json",
                "cards/06-prisoner-admission.json", "cards/07-prisoner-judicial-services.json"), SeedCards.files());
        assertEquals(List.of("آموزش زندانیان (حرفه آموزی- کلاسیک)", "اشتغال زندانیان", "خدمات حمایتی", "مبادله زندانیان",
                        "ملاقات زندانیان با خانواده", "پذیرش و نگهداری زندانیان", "خدمات قضایی زندانیان"),
                cards.values().stream().map(c -> c.identification().title()).toList());
        cards.values().forEach(c -> assertEquals(CardForm.FORMAT_VERSION, c.formatVersion(), c.key()));
    }

    /** Each field of each card is the seed's field, letter for letter: not a part of it, not more. */
    @TestFactory
    Stream<DynamicTest> everyFieldIsTheSeeds() {
        return cards.values().stream().map(card -> DynamicTest.dynamicTest(card.key(), () -> {
            String form = form(card);
            Identification id = card.identification();
            assertEquals(between(form, SeedCards.FIELD_1 + ":", "۲- شناسه خدمت"), id.title(), "§1 title");
            assertEquals(between(form, "نام دستگاه اجرایی:", "نام دستگاه مادر"),
                    agencyNames.get(id.executiveAgency()), "§3 executive agency");
            assertEquals(between(form, "نام دستگاه مادر:", "۴- مشخصات خدمت"),
                    agencyNames.get(id.parentAgency()), "§3 parent agency");

            // the one-line summary stands right above the form (after the page header, if any)
            assertTrue(Pattern.compile(Pattern.quote(SeedCards.fold(card.summary()))
                            + " (فرم شناسنامه خدمت دستگاه اجرایی ضمیمه ۱ )?" + Pattern.quote(SeedCards.FIELD_1 + ":")
                            + " ?" + Pattern.quote(id.title())).matcher(seed).find(),
                    "the summary line stands above the form");

            Specification spec = card.specification();
            assertEquals(between(form, "شرح خدمت", "نوع خدمت"), spec.description(), "§4 description");
            assertEquals(between(form, "نوع مخاطبین", "ماهیت خدمت"), SeedCards.fold(spec.audience()), "§4 audience");
            itemsCoverTheField("§4 document", spec.requiredDocuments(),
                    between(form, "مدارک لازم برای انجام خدمت", "قوانین و مقررات بالادستی"));
            itemsCoverTheField("§4 law", spec.legalBasis(), between(form, "قوانین و مقررات بالادستی", "۵- جزییات خدمت"));

            Details details = card.details();
            assertEquals(persianNumber(between(form, "آمار تعداد خدمت گیرندگان", "خدمت گیرندگان در:")),
                    details.recipients(), "§5 recipients");
            Integer times = details.frequency() == null ? null : details.frequency().times();
            Long seedTimes = persianNumber(between(form, "تواتر", "بار در:"));
            assertEquals(seedTimes == null ? null : seedTimes.intValue(), times, "§5 frequency");
            Long seedFee = persianNumber(between(form, "پرداخت بصورت الکترونیک", "۶- نحوه دسترسی"));
            assertEquals(seedFee, details.fees() == null ? null : details.fees().get(0).amountRials(), "§5 fee");

            String productionReason = between(between(form, "مرحله تولید خدمت", "درمرحله ارائه خدمت"),
                    "غیرالکترونیکی ذکر ضرورت مراجعه حضوری", null);
            StageChannel production = card.access().production();
            assertEquals(productionReason.isEmpty() ? null : productionReason,
                    production == null ? null : production.presenceReasonNote(), "§6 production stage");

            // §7: the rows, in order, are the whole table
            String section7 = between(between(form, "۷- ارتباط خدمت", "۸-ارتباط خدمت"), "(Batch)", null);
            assertEquals(section7, card.systemLinks().stream()
                    .map(l -> join(l.system(), l.exchangedFields())).collect(Collectors.joining(" ")), "§7 rows");

            // §8: likewise, once the printed options «دستگاه / مراجعه کننده» of each row are taken away
            String section8 = between(between(form, "۸-ارتباط خدمت", "۹- عناوین فرایندهای خدمت"), "(Batch)", null);
            assertEquals(SeedCards.fold(section8.replace("دستگاه مراجعه کننده", " ")), card.agencyLinks().stream()
                    .map(l -> join(agencyNames.get(l.agency()), l.system(), l.exchangedFields()))
                    .collect(Collectors.joining(" ")), "§8 rows");

            // §9 is blank in every seed form («۱- ۲- ۳- . . . .»)
            assertEquals("۱- ۲- ۳- . . . .", between(form, "۹- عناوین فرایندهای خدمت", "۱۰- نمودار"));
            assertNull(card.processTitles(), "§9 left blank is unknown");

            String section10 = between(form, "۱۰- نمودار ارتباطی فرایندهای خدمت", "نام و نام خانوادگی تکمیل کننده فرم");
            ProcessDiagram diagram = card.processDiagram();
            if (section10.isEmpty()) {
                assertNull(diagram, "§10 not given");
            } else {
                assertEquals(section10, diagram.steps().stream().map(ProcessDiagram.Step::title)
                        .collect(Collectors.joining(" ")), "§10 steps");
            }
        }));
    }

    private static String join(String... parts) {
        return Stream.of(parts).filter(Objects::nonNull).map(SeedCards::fold).collect(Collectors.joining(" "));
    }

    @Test
    void theNumbersOfTheSeed() {
        Function<String, Details> details = key -> cards.get(key).details();
        assertEquals(80_000L, details.apply("prisoner-education").recipients());
        assertEquals(25_000L, details.apply("prisoner-employment").recipients());
        assertEquals(3_000L, details.apply("prisoner-support").recipients());
        assertEquals(600_000L, details.apply("prisoner-admission").recipients());
        for (String key : List.of("prisoner-transfer", "prisoner-visits", "prisoner-judicial-services")) {
            assertNull(details.apply(key).recipients(), key + ": «. . .» / «………» is unknown");
        }

        Details.Frequency frequency = details.apply("prisoner-education").frequency();
        assertEquals(3, frequency.times());
        assertNull(frequency.period(), "which of month/season/year was ticked is lost");
        assertNull(frequency.onceForever(), "the «once for ever» box is lost");
        cards.values().stream().filter(c -> !c.key().equals("prisoner-education"))
                .forEach(c -> assertNull(c.details().frequency(), c.key()));

        List<Details.Fee> fees = details.apply("prisoner-transfer").fees();
        assertEquals(List.of(new Details.Fee(40_000L, null)), fees, "40,000 rials, account left blank");
        cards.values().stream().filter(c -> !c.key().equals("prisoner-transfer"))
                .forEach(c -> assertNull(c.details().fees(), c.key() + ": a fee left blank is unknown"));
        cards.values().forEach(c -> {
            assertNull(c.details().averageDeliveryTime(), c.key());
            assertNull(c.details().inPersonVisits(), c.key());
        });
    }

    @Test
    void everyLinkRowOfSections7And8() {
        Map<String, List<String>> agencyRows = Map.of(
                "prisoner-education", List.of("judicial-authorities", "tvto"),
                "prisoner-employment", List.of("bank-pasargad", "judicial-authorities"),
                "prisoner-support", List.of("judiciary", "diyeh-hq", "prisoner-support-association"),
                "prisoner-transfer", List.of("judiciary", "foreign-ministry"),
                "prisoner-visits", List.of("judicial-authorities"),
                "prisoner-admission", List.of("judiciary"),
                "prisoner-judicial-services", List.of("judicial-authorities"));
        for (CardForm card : cards.values()) {
            assertEquals(1, card.systemLinks().size(), card.key() + ": one §7 row");
            assertEquals("سیستم قضایی زندانیان", card.systemLinks().get(0).system());
            assertEquals(agencyRows.get(card.key()), card.agencyLinks().stream().map(AgencyLink::agency).toList(),
                    card.key() + ": the §8 rows");
            card.agencyLinks().forEach(l -> {
                assertNull(l.feeRials(), card.key());
            });
        }
        assertEquals("نام دوره- اساتید – شرکت کننده ها – اعلام نمرات",
                cards.get("prisoner-education").agencyLinks().get(1).exchangedFields());
        AgencyLink paper = cards.get("prisoner-transfer").agencyLinks().get(1);
        assertEquals("مکاتبه کاغذی", paper.system(), "written in the system column");
        assertNull(paper.exchangedFields());
        assertNull(paper.mode(), "«paper» is what the filler wrote, not a ticked box");
        assertNull(cards.get("prisoner-support").agencyLinks().get(2).system(), "the association's system is blank");
    }

    @Test
    void theSeedsCopyPasteErrorsAreKept() {
        assertEquals("زندانیان آزاد شده", cards.get("prisoner-transfer").specification().audience());
        assertEquals("اطلاعات قضایی زندانی-صلاحیت اشتغال", cards.get("prisoner-visits").agencyLinks().get(0).exchangedFields());
        assertEquals("حضور فیزیکی جهت ملاقات گذراندن دوره محکومیت",
                cards.get("prisoner-admission").access().production().presenceReasonNote());
        assertEquals("انعقاد قرداد همکاری با بانک عامل و معرفی مددجو به بانک عامل و دریافت تسهیلات وام اشتغال",
                cards.get("prisoner-support").access().production().presenceReasonNote());
        // the Arabic ي/ك of the visits card's documents are the seed's
        assertTrue(cards.get("prisoner-visits").specification().requiredDocuments().get(0).contains("كليه الزامات قانوني"));
    }

    @Test
    void theProcessStepsAreAChainInTheSeedsOrder() {
        assertEquals(List.of("اطلاع رسانی و ثبت نام اولیه", "حضور در کلاس ها", "صدور گواهینامه"), steps("prisoner-education"));
        assertEquals(List.of("تقاضای زندانی یا خانواده", "مصاحبه با مددجو و دریافت اطلاعات", "ارجاع به کمیته یا سازمان مربوطه",
                "دریافت خدمات مشاوره ای و کمک مالی و غیر مالی", "بازدید از محل سکونت در صورت نیاز"), steps("prisoner-support"));
        assertEquals(List.of("در خواست متقاضی", "احراز هویت", "انجام استعلام از سامانه",
                        "ارائه به متقاضی- ارسال به مراجع قضایی (بر اساس متن معرفی نامه متقاضی)"),
                steps("prisoner-judicial-services"));
        for (String key : List.of("prisoner-employment", "prisoner-transfer", "prisoner-visits", "prisoner-admission")) {
            assertNull(cards.get(key).processDiagram(), key + " has no diagram in the seed");
        }
        for (CardForm card : cards.values()) {
            ProcessDiagram d = card.processDiagram();
            if (d == null) {
                continue;
            }
            List<ProcessDiagram.Edge> chain = IntStream.range(1, d.steps().size())
                    .mapToObj(i -> new ProcessDiagram.Edge(d.steps().get(i - 1).id(), d.steps().get(i).id())).toList();
            assertEquals(chain, d.edges(), card.key());
        }
    }

    private static List<String> steps(String key) {
        return cards.get(key).processDiagram().steps().stream().map(ProcessDiagram.Step::title).toList();
    }

    /** The checkbox states were lost, and the blanks are blank: unknown (null), never guessed. */
    @Test
    void whatTheSeedLostStaysUnknown() {
        for (CardForm card : cards.values()) {
            String key = card.key();
            Specification spec = card.specification();
            assertNull(spec.serviceTypes(), key);
            assertNull(spec.nature(), key);
            assertNull(spec.levels(), key);
            assertNull(spec.relatedEvents(), key);
            assertNull(spec.startTriggers(), key);
            assertNull(spec.startTriggerOther(), key + ": «سایر: …» is blank");
            assertNull(card.identification().serviceId(), key + ": assigned later by the planning organization");
            assertNull(card.details().recipientsPeriod(), key);
            assertNull(card.details().feesPaidElectronically(), key);
            assertNull(card.access().webAddress(), key + ": «www.» is a blank");
            assertNull(card.access().systemName(), key);
            assertNull(card.access().information(), key);
            assertNull(card.access().request(), key);
            assertNull(card.access().delivery(), key);
            StageChannel production = card.access().production();
            if (production != null) {
                assertEquals(new StageChannel(null, null, null, null, null, null, production.presenceReasonNote(), null),
                        production, key + ": only the filler's words on the production stage");
            }
            card.systemLinks().forEach(l -> assertNull(l.mode(), key));
            card.agencyLinks().forEach(l -> {
                assertNull(l.mode(), key);
                assertNull(l.nonElectronicBy(), key);
            });
            assertNull(card.processTitles(), key);
            assertNull(card.filler(), key + ": the filler's name, phone, email and unit are blank");
        }
    }

    @Test
    void theAgencyRegistryNamesTheAgenciesAsTheSeedDoes() {
        List<Map<String, String>> agencies = SeedCards.rows("agencies.json");
        Set<String> codes = new HashSet<>();
        for (Map<String, String> a : agencies) {
            assertTrue(codes.add(a.get("code")), "duplicate " + a.get("code"));
            assertTrue(a.get("code").matches("[a-z0-9]+(-[a-z0-9]+)*"), a.get("code"));
            assertTrue(seed.contains(a.get("persianName")), a.get("persianName") + " as the seed writes it");
            assertFalse(a.get("englishName").isBlank());
            assertTrue(a.get("parentCode") == null || codes.contains(a.get("parentCode")) || agencies.stream()
                    .anyMatch(b -> b.get("code").equals(a.get("parentCode"))), a.get("code") + " parent");
        }
        Set<String> used = new HashSet<>();
        for (CardForm card : cards.values()) {
            used.add(card.identification().executiveAgency());
            used.add(card.identification().parentAgency());
            card.agencyLinks().forEach(l -> used.add(l.agency()));
        }
        assertTrue(codes.containsAll(used), "every agency code of the cards resolves");
        Set<String> unused = new HashSet<>(codes);
        unused.removeAll(used);
        assertEquals(Set.of("planning-organization"), unused, "only §2's planning organization is not a card's agency");
    }

    @Test
    void the31Provinces() {
        List<Map<String, String>> provinces = SeedCards.rows("provinces.json");
        assertEquals(31, provinces.size());
        for (String property : List.of("code", "persianName", "englishName")) {
            assertEquals(31, provinces.stream().map(p -> p.get(property)).distinct().count(), property + " unique");
        }
        assertTrue(provinces.stream().map(p -> p.get("code")).allMatch(c -> c.matches("[a-z]+(-[a-z]+)*")));
        assertTrue(provinces.stream().map(p -> p.get("persianName"))
                .noneMatch(n -> n.contains("\u064A") || n.contains("\u0643")), "Persian ی/ک, not Arabic ي/ك");
        assertTrue(provinces.stream().anyMatch(p -> p.get("code").equals("tehran") && p.get("persianName").equals("تهران")));
        assertTrue(provinces.stream().anyMatch(p -> p.get("code").equals("khorasan-razavi")
                && p.get("persianName").equals("خراسان رضوی")));
    }

    @Test
    void theSourceTextIsTheSeed() {
        String text = SeedCards.resource("source/annex1-prisons-organization.txt");
        assertTrue(text.startsWith("شناسنامه خدمت دستگاه"));
        assertEquals(7, text.split(Pattern.quote(SeedCards.FIELD_1), -1).length - 1);
    }

    @Test
    void everySeedCardIsValid() {
        Validator validator = validation.getValidator();
        for (CardForm card : cards.values()) {
            assertEquals(Set.of(), validator.validate(card).stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage()).collect(Collectors.toSet()), card.key());
        }
        List<String> keys = new ArrayList<>(cards.keySet());
        assertEquals(keys.size(), new HashSet<>(keys).size());
    }
}
