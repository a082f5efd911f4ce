package ir.khadamat.catalog.process;

import ir.khadamat.catalog.CardFormJson;
import ir.khadamat.catalog.form.AgencyLink;
import ir.khadamat.catalog.form.CardForm;
import ir.khadamat.catalog.form.Details;
import ir.khadamat.catalog.form.ProcessDiagram;
import ir.khadamat.catalog.process.ProcessDefinition.Field;
import ir.khadamat.catalog.process.ProcessDefinition.Outcome;
import ir.khadamat.catalog.process.ProcessDefinition.Step;
import ir.khadamat.catalog.process.ProcessDefinition.Transition;
import ir.khadamat.persian.Iran;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The process definitions of the seven seed cards ({@code catalog-data/processes}), read as the runtime reads
 * them and held against their cards: §5 fee, §7/§8 links and the §10 diagram where the seed gives one. Also the
 * soundness check on definitions that are broken on purpose.
 */
class SeedProcessesTest {

    /** One step of a card's §10 diagram and the step of the definition that does it. */
    record Mapped(String diagramTitle, String stepId, String stepTitle) {
    }

    /**
     * §10 of the cards whose seed draws the process: each step title of the diagram (verbatim, in the seed's
     * order), the id of the definition's step that does it and that step's title (the same words, spelled as
     * Persian is written today, where they fit one step).
     */
    static final Map<String, List<Mapped>> DIAGRAM_STEPS = Map.of(
            "prisoner-education", List.of(
                    new Mapped("اطلاع رسانی و ثبت نام اولیه", "registration", "اطلاع\u200cرسانی و ثبت\u200cنام اولیه"),
                    new Mapped("حضور در کلاس ها", "attendance", "حضور در کلاس\u200cها"),
                    new Mapped("صدور گواهینامه", "certificate", "صدور گواهی\u200cنامه")),
            "prisoner-support", List.of(
                    new Mapped("تقاضای زندانی یا خانواده", "request", "تقاضای زندانی یا خانواده"),
                    new Mapped("مصاحبه با مددجو و دریافت اطلاعات", "interview", "مصاحبه با مددجو و دریافت اطلاعات"),
                    new Mapped("ارجاع به کمیته یا سازمان مربوطه", "referral", "ارجاع به کمیته یا سازمان مربوطه"),
                    new Mapped("دریافت خدمات مشاوره ای و کمک مالی و غیر مالی", "aid",
                            "دریافت خدمات مشاوره\u200cای و کمک مالی و غیرمالی"),
                    new Mapped("بازدید از محل سکونت در صورت نیاز", "home-visit-needed",
                            "بازدید از محل سکونت در صورت نیاز")),
            "prisoner-judicial-services", List.of(
                    new Mapped("در خواست متقاضی", "request", "درخواست متقاضی"),
                    new Mapped("احراز هویت", "identity-check", "احراز هویت"),
                    new Mapped("انجام استعلام از سامانه", "case-inquiry", "انجام استعلام از سامانه مدیریت پرونده\u200cها"),
                    new Mapped("ارائه به متقاضی- ارسال به مراجع قضایی (بر اساس متن معرفی نامه متقاضی)", "answer-route",
                            "ارائه به متقاضی یا ارسال به مرجع قضایی")));

    /**
     * Inquiries that execute no row of their card, each with the reason: the support card names the relief
     * committee (کمیته امداد) in its summary, but its §8 has no row for it.
     */
    static final Set<String> UNLINKED_INQUIRIES = Set.of("prisoner-support/refer-relief-committee");

    static final Pattern LINK = Pattern.compile("§(7|8):(.+)");
    static final Pattern FIELD_NAME = Pattern.compile("[a-z][a-zA-Z0-9]*");
    static final Pattern PERSIAN = Pattern.compile("[\\u0600-\\u06FF]");

    static List<String> files;
    static Map<String, ProcessDefinition> processes;
    static Map<String, CardForm> cards;

    @BeforeAll
    static void load() {
        files = processFiles();
        processes = new LinkedHashMap<>();
        for (String file : files) {
            ProcessDefinition d = ProcessDefinitions.read(resource(file));
            assertEquals("processes/" + d.cardKey() + ".json", file, "a definition's file is named after its card");
            assertTrue(processes.put(d.cardKey(), d) == null, "two definitions for " + d.cardKey());
        }
        cards = new LinkedHashMap<>();
        Matcher m = Pattern.compile("\"(cards/[^\"]+\\.json)\"").matcher(resource("index.json"));
        while (m.find()) {
            CardForm card = CardFormJson.read(resource(m.group(1)));
            cards.put(card.key(), card);
        }
    }

    @Test
    void oneSoundDefinitionPerSeedCard() {
        assertEquals(7, cards.size());
        assertEquals(cards.keySet(), processes.keySet());
        assertEquals(files.size(), processes.size());
    }

    @TestFactory
    Stream<DynamicTest> everyDefinitionIsWellFormed() {
        return processes.values().stream().map(d -> DynamicTest.dynamicTest(d.cardKey(), () -> wellFormed(d)));
    }

    private static void wellFormed(ProcessDefinition d) {
        assertTrue(ProcessDefinitions.check(d).isEmpty());
        assertEquals(d.start(), d.steps().get(0).id(), "the start comes first");
        assertTrue(Set.of("public", "staff").contains(d.applicant()));
        assertEquals("prisoner", d.subject(), "every seed card is about a prisoner");
        Map<String, Field> fields = new HashMap<>();
        for (Step s : d.steps()) {
            String at = d.cardKey() + "/" + s.id();
            assertTrue(PERSIAN.matcher(s.title()).find(), at + ": title in Persian");
            if (s.kind() == StepKind.END) {
                assertNotNull(s.setting("result"), at + ": an end has a result");
                assertTrue(s.setting("result").matches("[a-z][a-z-]*"), at + ": result is a code");
                continue;
            }
            if (Set.of(StepKind.INQUIRY, StepKind.NOTIFICATION, StepKind.OUTPUT).contains(s.kind())) {
                assertEquals("system", s.role(), at + ": the engine runs it");
            }
            if (s.kind() == StepKind.NOTIFICATION) {
                assertEquals("SMS", s.setting("channel"), at);
                assertTrue(PERSIAN.matcher(s.setting("message")).find(), at + ": message in Persian");
            }
            if (s.kind() == StepKind.OUTPUT) {
                assertTrue(PERSIAN.matcher(s.setting("title")).find(), at + ": output title in Persian");
            }
            if ("applicant".equals(s.role())) {
                assertEquals("public", d.applicant(), at + ": only a public process has a citizen acting");
            }
            for (Field f : s.fields() == null ? List.<Field>of() : s.fields()) {
                assertTrue(FIELD_NAME.matcher(f.name()).matches(), at + ": field name " + f.name());
                assertTrue(PERSIAN.matcher(f.label()).find(), at + ": label of " + f.name());
                if (f.options() != null) {
                    assertEquals(FieldType.CHOICE, f.type(), at + ": options only on a choice");
                    f.options().forEach((code, label) -> {
                        assertTrue(code.matches("[a-z][a-z0-9-]*"), at + ": option code " + code);
                        assertTrue(PERSIAN.matcher(label).find(), at + ": option label " + label);
                    });
                }
                assertTrue(fields.putIfAbsent(f.name(), f) == null
                        || fields.get(f.name()).type() == f.type(), at + ": " + f.name() + " keeps one type");
            }
            for (Outcome o : s.outcomes() == null ? List.<Outcome>of() : s.outcomes()) {
                assertTrue(PERSIAN.matcher(o.label()).find(), at + ": outcome label " + o.name());
            }
        }
        // a condition names a field of the definition and one of its values
        for (Step s : d.steps()) {
            for (Transition t : s.next() == null ? List.<Transition>of() : s.next()) {
                if (t.when() == null) {
                    continue;
                }
                Field f = fields.get(t.when());
                assertNotNull(f, s.id() + ": condition on an unknown field " + t.when());
                if (f.type() == FieldType.CHOICE) {
                    assertTrue(f.options().containsKey(t.equals()), s.id() + ": " + t.equals() + " is no option");
                } else if (f.type() == FieldType.BOOLEAN) {
                    assertTrue(Set.of("true", "false").contains(t.equals()), s.id());
                }
            }
            if (s.next() != null && !s.next().isEmpty()) {
                assertTrue(s.next().get(s.next().size() - 1).when() == null,
                        s.id() + ": the last transition is unconditional, so a case always moves on");
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> diagramStepsInOrder() {
        cards.values().stream().filter(c -> c.processDiagram() != null && c.processDiagram().steps() != null
                        && !c.processDiagram().steps().isEmpty())
                .forEach(c -> assertTrue(DIAGRAM_STEPS.containsKey(c.key()), c.key() + " has a §10 diagram: map it"));
        return DIAGRAM_STEPS.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            CardForm card = cards.get(e.getKey());
            ProcessDefinition d = processes.get(e.getKey());
            List<String> diagram = card.processDiagram().steps().stream().map(ProcessDiagram.Step::title).toList();
            assertEquals(e.getValue().stream().map(Mapped::diagramTitle).toList(), diagram, "the card's §10 steps");
            List<String> ids = d.steps().stream().map(Step::id).toList();
            int previous = -1;
            for (Mapped mapped : e.getValue()) {
                int at = ids.indexOf(mapped.stepId());
                assertTrue(at > previous, "«" + mapped.diagramTitle() + "» is step " + mapped.stepId() + ", in order");
                if (previous >= 0) {
                    assertTrue(reachable(d, ids.get(previous)).contains(mapped.stepId()),
                            mapped.stepId() + " follows " + ids.get(previous));
                }
                assertEquals(mapped.stepTitle(), d.step(mapped.stepId()).orElseThrow().title(),
                        "the title of " + mapped.stepId() + " for «" + mapped.diagramTitle() + "»");
                previous = at;
            }
        }));
    }

    @Test
    void visitsAreBookedConfirmedAndCarded() {
        ProcessDefinition visits = processes.get("prisoner-visits");
        assertEquals("public", visits.applicant());
        Step appointment = only(visits, StepKind.APPOINTMENT);
        assertEquals(List.of("PHONE", "IN_PERSON", "PRIVATE"), List.of(appointment.setting("visitTypes").split(",")));
        assertEquals("SMS", only(visits, StepKind.NOTIFICATION).setting("channel"));
        assertEquals("visit-card", only(visits, StepKind.OUTPUT).setting("document"));
        assertEquals(Set.of("held", "missed", "rejected"), results(visits));
        List<String> ids = visits.steps().stream().map(Step::id).toList();
        assertTrue(ids.indexOf(appointment.id()) < ids.indexOf(only(visits, StepKind.NOTIFICATION).id()));
    }

    @Test
    void transferChargesTheCardsFee() {
        ProcessDefinition transfer = processes.get("prisoner-transfer");
        assertEquals("card", only(transfer, StepKind.PAYMENT).setting("amountRials"));
        List<Details.Fee> fees = cards.get("prisoner-transfer").details().fees();
        assertEquals(1, fees.size());
        assertEquals(40000L, fees.get(0).amountRials());
        Step custody = transfer.steps().stream().filter(s -> "transfer-custody".equals(s.setting("action")))
                .findFirst().orElseThrow();
        assertEquals("province-staff", custody.role());
        assertEquals(Set.of("transferred", "exchanged", "rejected"), results(transfer));
    }

    @Test
    void foreignExchangeGoesThroughTheForeignMinistry() {
        ProcessDefinition transfer = processes.get("prisoner-transfer");
        Step letter = transfer.steps().stream().filter(s -> "foreign-ministry".equals(s.setting("partner")))
                .findFirst().orElseThrow();
        assertEquals("letter", letter.setting("operation"));
        boolean branches = transfer.steps().stream().flatMap(s -> s.next() == null ? Stream.empty() : s.next().stream())
                .anyMatch(t -> t.to().equals(letter.id()) && "kind".equals(t.when()) && "foreign".equals(t.equals()));
        assertTrue(branches, "only a foreign exchange writes to the ministry");
    }

    @Test
    void aPaymentStepWhereTheCardHasAFee() {
        processes.values().forEach(d -> {
            List<Details.Fee> fees = cards.get(d.cardKey()).details() == null ? null
                    : cards.get(d.cardKey()).details().fees();
            boolean pays = d.steps().stream().anyMatch(s -> s.kind() == StepKind.PAYMENT);
            assertEquals(fees != null && !fees.isEmpty(), pays, d.cardKey() + ": a payment step where §5 has a fee");
        });
    }

    @TestFactory
    Stream<DynamicTest> inquiriesExecuteRowsOfTheirCard() {
        return processes.values().stream().map(d -> DynamicTest.dynamicTest(d.cardKey(), () -> {
            CardForm card = cards.get(d.cardKey());
            Set<String> linked = new HashSet<>();
            for (Step s : d.steps()) {
                if (s.kind() != StepKind.INQUIRY) {
                    assertTrue(s.setting("link") == null, s.id() + ": a link only on an inquiry");
                    continue;
                }
                String link = s.setting("link");
                if (link == null) {
                    assertTrue(UNLINKED_INQUIRIES.contains(d.cardKey() + "/" + s.id()), s.id() + " has no link");
                    continue;
                }
                Matcher m = LINK.matcher(link);
                assertTrue(m.matches(), s.id() + ": link " + link);
                if (m.group(1).equals("7")) {
                    int row = Integer.parseInt(m.group(2));
                    assertTrue(card.systemLinks() != null && row >= 1 && row <= card.systemLinks().size(),
                            s.id() + ": " + link + " is no §7 row");
                } else {
                    assertTrue(card.agencyLinks() != null && card.agencyLinks().stream()
                            .anyMatch(a -> a.agency().equals(m.group(2))), s.id() + ": " + link + " is no §8 row");
                }
                linked.add(link);
            }
            for (AgencyLink row : card.agencyLinks() == null ? List.<AgencyLink>of() : card.agencyLinks()) {
                assertTrue(linked.contains("§8:" + row.agency()), "§8 row " + row.agency() + " has no inquiry");
            }
            for (int row = 1; card.systemLinks() != null && row <= card.systemLinks().size(); row++) {
                assertTrue(linked.contains("§7:" + row), d.cardKey() + ": §7 row " + row + " has no inquiry");
            }
        }));
    }

    // ---- English beside the Persian (titleEn, labelEn, optionsEn)

    /** English, and nothing of the Persian script in it. */
    static void assertEnglish(String text, String where) {
        assertTrue(text != null && !text.isBlank(), where + " has no English");
        assertFalse(PERSIAN.matcher(text).find(), where + " is not English: " + text);
    }

    @TestFactory
    Stream<DynamicTest> everyTextOfTheSeedHasItsEnglish() {
        return processes.values().stream().map(d -> DynamicTest.dynamicTest(d.cardKey(), () -> {
            for (Step s : d.steps()) {
                String at = d.cardKey() + "/" + s.id();
                assertEnglish(s.titleEn(), at);
                assertEquals(s.titleEn(), s.title(Locale.ENGLISH), at);
                assertEquals(s.title(), s.title(Iran.PERSIAN), at);
                for (Field f : s.fields() == null ? List.<Field>of() : s.fields()) {
                    assertEnglish(f.labelEn(), at + " field " + f.name());
                    assertEquals(f.labelEn(), f.in(Locale.ENGLISH).label(), at + " field " + f.name());
                    if (f.options() != null) {
                        assertNotNull(f.optionsEn(), at + " field " + f.name() + " has no optionsEn");
                        assertEquals(List.copyOf(f.options().keySet()), List.copyOf(f.optionsEn().keySet()),
                                at + " field " + f.name() + ": optionsEn has the options' codes, in their order");
                        f.optionsEn().forEach((code, text) -> assertEnglish(text, at + " option " + code));
                        assertEquals(List.copyOf(f.optionsEn().values()), List.copyOf(f.options(Locale.ENGLISH).values()));
                        assertEquals(f.options(), f.options(Iran.PERSIAN), "Persian stays the default");
                    }
                }
                for (Outcome o : s.outcomes() == null ? List.<Outcome>of() : s.outcomes()) {
                    assertEnglish(o.labelEn(), at + " outcome " + o.name());
                    assertEquals(o.labelEn(), o.in(Locale.ENGLISH).label());
                    assertEquals(o.label(), o.label(Iran.PERSIAN));
                }
            }
        }));
    }

    @Test
    void aDefinitionWithoutEnglishReadsAndFallsBackToPersian() {
        String json = """
                {"formatVersion": 1, "cardKey": "test", "start": "ask", "applicant": "staff", "subject": "prisoner",
                 "steps": [
                  {"id": "ask", "title": "پرسش", "kind": "DECISION", "role": "province-staff",
                   "fields": [{"name": "kind", "label": "نوع", "type": "CHOICE", "required": true,
                               "options": {"a": "الف", "b": "ب"}, "optionsEn": {"a": "A"}}],
                   "outcomes": [{"name": "yes", "label": "بله", "to": "end"}, {"name": "no", "label": "خیر", "to": "end"}]},
                  {"id": "end", "title": "پایان", "kind": "END", "config": {"result": "done"}}]}""";
        ProcessDefinition d = ProcessDefinitions.read(json);
        Step ask = d.step("ask").orElseThrow();
        assertEquals("پرسش", ask.title(Locale.ENGLISH));
        Field kind = ask.fields().get(0).in(Locale.ENGLISH);
        assertEquals("نوع", kind.label());
        assertEquals(List.of("A", "ب"), List.copyOf(kind.options().values()), "an option without English keeps its Persian");
        assertEquals(List.of("الف", "ب"), List.copyOf(ask.fields().get(0).options(Iran.PERSIAN).values()));
        assertEquals("بله", ask.outcomes().get(0).label(Locale.ENGLISH));
        assertEquals("پایان", d.step("end").orElseThrow().title(null), "no language: Persian");
    }

    @Test
    void englishIsKeptWhenADefinitionIsWrittenAndReadBack() {
        ProcessDefinition seed = processes.get("prisoner-admission");
        ProcessDefinition back = ProcessDefinitions.read(ProcessDefinitions.write(seed));
        assertEquals(seed, back);
        assertEquals("Receive and record the detention order or judicial sentence",
                back.step("receive-order").orElseThrow().title(Locale.ENGLISH));
    }

    @Test
    void englishOfAnOptionTheFieldDoesNotHaveIsNamed() {
        Field kind = new Field("kind", "نوع", FieldType.CHOICE, true, Map.of("a", "الف"), "Kind", Map.of("z", "Z"), null, null);
        assertProblem(definition(form("ask", List.of(kind), "b"), end("b")), "'ask'", "'kind'", "optionsEn");
    }

    // ---- the check, on broken definitions

    static Step form(String id, List<Field> fields, String... next) {
        return new Step(id, "گام " + id, StepKind.FORM, "province-staff", fields, null,
                Stream.of(next).map(to -> new Transition(to, null, null)).toList(), null, null);
    }

    static Step end(String id) {
        return new Step(id, "پایان", StepKind.END, null, null, null, null, Map.of("result", "done"), null);
    }

    static ProcessDefinition definition(Step... steps) {
        return new ProcessDefinition(1, "test", steps[0].id(), "staff", "prisoner", List.of(steps));
    }

    static void assertProblem(ProcessDefinition d, String... words) {
        List<String> problems = ProcessDefinitions.check(d);
        assertFalse(problems.isEmpty(), "the definition is broken");
        assertTrue(problems.stream().anyMatch(p -> Stream.of(words).allMatch(p::contains)),
                problems + " should name " + List.of(words));
        // written as JSON and read back, it is refused with the same problem
        ProcessDefinitions.UnsoundDefinition e = assertThrows(ProcessDefinitions.UnsoundDefinition.class,
                () -> ProcessDefinitions.read(ProcessDefinitions.write(d)));
        assertTrue(e.problems().stream().anyMatch(p -> Stream.of(words).allMatch(p::contains)), e.getMessage());
    }

    @Test
    void aSoundDefinitionPasses() {
        assertEquals(List.of(), ProcessDefinitions.check(definition(form("a", null, "b"), end("b"))));
    }

    @Test
    void anUnknownTargetIsNamed() {
        assertProblem(definition(form("a", null, "nowhere"), end("b")), "'a'", "'nowhere'");
    }

    @Test
    void anUnknownOutcomeTargetIsNamed() {
        Step decide = new Step("decide", "تصمیم", StepKind.DECISION, "province-admin", null,
                List.of(new Outcome("yes", "بله", "b", null), new Outcome("no", "خیر", "missing", null)), null, null, null);
        assertProblem(definition(decide, end("b")), "'decide'", "'missing'");
    }

    @Test
    void anUnreachableStepIsNamed() {
        assertProblem(definition(form("a", null, "b"), end("b"), form("orphan", null, "b")),
                "'orphan'", "cannot be reached");
    }

    @Test
    void aStepWithNoWayToAnEndIsNamed() {
        Step decide = new Step("decide", "تصمیم", StepKind.DECISION, "province-staff", null,
                List.of(new Outcome("done", "پایان", "b", null), new Outcome("again", "دوباره", "loop", null)), null, null, null);
        ProcessDefinition d = definition(decide, end("b"), form("loop", null, "loop"));
        assertProblem(d, "'loop'", "no end");
        assertFalse(ProcessDefinitions.check(d).stream().anyMatch(p -> p.contains("'decide'")),
                "a step that can still end is not blamed");
    }

    @Test
    void aDuplicateIdIsNamed() {
        assertProblem(definition(form("a", null, "b"), form("a", null, "b"), end("b")), "'a'", "twice");
    }

    @Test
    void aChoiceWithoutOptionsIsNamed() {
        Field kind = new Field("kind", "نوع", FieldType.CHOICE, true, null, null, null, null, null);
        assertProblem(definition(form("ask", List.of(kind), "b"), end("b")), "'ask'", "'kind'", "options");
        Field empty = new Field("kind", "نوع", FieldType.CHOICE, true, Map.of(), null, null, null, null);
        assertProblem(definition(form("ask", List.of(empty), "b"), end("b")), "'ask'", "'kind'", "options");
    }

    @Test
    void kindSettingsAreRequiredAndNamed() {
        Step pay = new Step("pay", "پرداخت", StepKind.PAYMENT, "system", null, null,
                List.of(new Transition("b", null, null)), Map.of("amountRials", "چهل هزار"), null);
        assertProblem(definition(pay, end("b")), "'pay'", "amountRials");
        Step ask = new Step("ask", "استعلام", StepKind.INQUIRY, "system", null, null,
                List.of(new Transition("b", null, null)), Map.of("partner", "judiciary-cms"), null);
        assertProblem(definition(ask, end("b")), "'ask'", "partner");
        Step tell = new Step("tell", "پیامک", StepKind.NOTIFICATION, "system", null, null,
                List.of(new Transition("b", null, null)), Map.of("channel", "SMS"), null);
        assertProblem(definition(tell, end("b")), "'tell'", "message");
    }

    @Test
    void anUnknownRoleAndAnEndThatLeadsOnAreNamed() {
        Step a = new Step("a", "گام", StepKind.FORM, "warden", null, null, List.of(new Transition("b", null, null)), null, null);
        assertProblem(definition(a, end("b")), "'a'", "role");
        Step b = new Step("b", "پایان", StepKind.END, null, null, null, List.of(new Transition("a", null, null)), null, null);
        assertProblem(definition(form("a", null, "b"), b), "'b'", "end leads nowhere");
    }

    @Test
    void notADefinitionIsRefused() {
        assertThrows(ProcessDefinitions.UnsoundDefinition.class, () -> ProcessDefinitions.read("{\"steps\": 3}"));
        assertThrows(ProcessDefinitions.UnsoundDefinition.class, () -> ProcessDefinitions.read("{}"));
    }

    // ---- helpers

    static Step only(ProcessDefinition d, StepKind kind) {
        List<Step> found = d.steps().stream().filter(s -> s.kind() == kind).toList();
        if (found.size() != 1) {
            fail(d.cardKey() + ": one " + kind + " step expected, found " + found.size());
        }
        return found.get(0);
    }

    static Set<String> results(ProcessDefinition d) {
        return d.steps().stream().filter(s -> s.kind() == StepKind.END).map(s -> s.setting("result"))
                .collect(Collectors.toSet());
    }

    static Set<String> reachable(ProcessDefinition d, String from) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(ProcessDefinitions.targets(d.step(from).orElseThrow()));
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (seen.add(id)) {
                todo.addAll(ProcessDefinitions.targets(d.step(id).orElseThrow()));
            }
        }
        return seen;
    }

    static String resource(String path) {
        try (InputStream in = SeedProcessesTest.class.getResourceAsStream("/catalog-data/" + path)) {
            assertNotNull(in, "missing /catalog-data/" + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> processFiles() {
        try (JsonReader reader = Json.createReader(new StringReader(resource("processes/index.json")))) {
            return reader.readObject().getJsonArray("processes").getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString).toList();
        }
    }
}
