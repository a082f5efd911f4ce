package ir.khadamat.catalog.process;

import ir.khadamat.catalog.form.CardForm;
import ir.khadamat.json.BoundedJson;
import ir.khadamat.tenancy.Roles;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static ir.khadamat.json.SharedJson.JSON;

/** Reads process definitions from JSON and checks that they are sound, before anything runs them. */
public final class ProcessDefinitions {

    public static final Set<String> ROLES = Set.copyOf(Roles.STEP_ROLES);
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,59}");
    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(false));
    /** Reads with limits and unknown properties refused (json.BoundedJson). */
    private static final Jsonb READER = BoundedJson.jsonb(new JsonbConfig().withNullValues(false));

    private ProcessDefinitions() {
    }

    /** A definition that cannot run: every problem found, each naming the step. */
    public static class UnsoundDefinition extends RuntimeException {
        private final List<String> problems;

        public UnsoundDefinition(List<String> problems) {
            super(String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    /** The keys of a definition's English texts (a step's title, a field's label and options, an outcome's label). */
    private static final Set<String> ENGLISH = Set.of("titleEn", "labelEn", "optionsEn");

    /**
     * Whether a stored definition is the seed's but for English texts the seed has since been given: the same steps,
     * fields, outcomes, transitions, roles and Persian texts once every English text is left out of both. Such a
     * stored definition may take the seed's (a translation, nothing a case runs on changes); any other difference is
     * somebody's edit and is kept.
     */
    public static boolean sameButEnglish(String stored, String seed) {
        if (stored == null || seed == null || stored.equals(seed)) {
            return false;
        }
        try (JsonReader a = JSON.createReader(new StringReader(stored)); JsonReader b = JSON.createReader(new StringReader(seed))) {
            return withoutEnglish(a.readValue()).equals(withoutEnglish(b.readValue()));
        } catch (JsonException e) {
            return false;
        }
    }

    private static JsonValue withoutEnglish(JsonValue value) {
        if (value instanceof JsonObject o) {
            JsonObjectBuilder b = JSON.createObjectBuilder();
            o.forEach((k, v) -> {
                if (!ENGLISH.contains(k)) {
                    b.add(k, withoutEnglish(v));
                }
            });
            return b.build();
        }
        if (value instanceof JsonArray a) {
            JsonArrayBuilder b = JSON.createArrayBuilder();
            a.forEach(v -> b.add(withoutEnglish(v)));
            return b.build();
        }
        return value;
    }

    /** @throws UnsoundDefinition when the text is not a definition, or not a sound one */
    public static ProcessDefinition read(String json) {
        ProcessDefinition definition = parse(json);
        List<String> problems = check(definition);
        if (!problems.isEmpty()) {
            throw new UnsoundDefinition(problems);
        }
        return definition;
    }

    /**
     * The definition the text holds, sound or not: what the designer reopens of a draft saved with its problems
     * (the engine only ever {@link #read}s one).
     *
     * @throws UnsoundDefinition when the text is not a definition at all
     */
    public static ProcessDefinition parse(String json) {
        try {
            return BoundedJson.bind(READER, json, ProcessDefinition.class, BoundedJson.Limits.configured());
        } catch (BoundedJson.Refused e) {
            throw new UnsoundDefinition(List.of("not a process definition: "
                    + (e.pointer().isEmpty() ? "" : e.pointer() + ": ") + e.getMessage()));
        } catch (JsonbException e) {
            throw new UnsoundDefinition(List.of("not a process definition: " + e.getMessage()));
        }
    }

    /**
     * The process a card version holds, to show people: its own definition (sound or, in a draft, not yet), else the
     * one drawn from its §10 diagram, which it runs without one.
     */
    public static ProcessDefinition shown(String json, CardForm card) {
        if (json != null) {
            try {
                return parse(json);
            } catch (UnsoundDefinition e) {
                // not a definition at all: never stored so (every save parses it); the diagram's stands in
            }
        }
        return fromDiagram(card);
    }

    public static String write(ProcessDefinition definition) {
        return JSONB.toJson(definition);
    }

    /** What is wrong with a definition; empty when it can run. */
    public static List<String> check(ProcessDefinition d) {
        return problems(d).stream().map(ProcessProblem::toString).toList();
    }

    /** Every reason the definition cannot run, each naming the step it concerns; none when it is sound. */
    public static List<ProcessProblem> problems(ProcessDefinition d) {
        List<ProcessProblem> problems = new ArrayList<>();
        if (d == null || d.steps() == null || d.steps().isEmpty()) {
            return List.of(ProcessProblem.of("noSteps"));
        }
        if (d.formatVersion() != ProcessDefinition.FORMAT_VERSION) {
            problems.add(ProcessProblem.of("formatVersion", String.valueOf(ProcessDefinition.FORMAT_VERSION)));
        }
        if (!"public".equals(d.applicant()) && !"staff".equals(d.applicant())) {
            problems.add(ProcessProblem.of("applicant"));
        }
        if (!"person".equals(d.subject()) && !"prisoner".equals(d.subject())) {
            problems.add(ProcessProblem.of("subject"));
        }
        Map<String, ProcessDefinition.Step> byId = new HashMap<>();
        for (ProcessDefinition.Step s : d.steps()) {
            if (s.id() == null || !ID.matcher(s.id()).matches()) {
                problems.add(ProcessProblem.at(s, "stepId"));
            } else if (byId.put(s.id(), s) != null) {
                problems.add(ProcessProblem.at(s, "stepIdTwice"));
            }
        }
        if (d.start() == null || !byId.containsKey(d.start())) {
            problems.add(ProcessProblem.of("start", String.valueOf(d.start())));
        }
        for (ProcessDefinition.Step s : d.steps()) {
            checkStep(s, byId, problems);
        }
        if (problems.isEmpty()) {
            Set<String> reached = reachable(d.start(), byId);
            d.steps().stream().filter(s -> !reached.contains(s.id()))
                    .forEach(s -> problems.add(ProcessProblem.at(s, "unreachable")));
            for (ProcessDefinition.Step s : d.steps()) {
                if (reachable(s.id(), byId).stream().noneMatch(id -> byId.get(id).kind() == StepKind.END)) {
                    problems.add(ProcessProblem.at(s, "noEnd"));
                }
            }
        }
        return problems;
    }

    private static void checkStep(ProcessDefinition.Step s, Map<String, ProcessDefinition.Step> byId,
                                  List<ProcessProblem> problems) {
        if (s.kind() == null) {
            problems.add(ProcessProblem.at(s, "kind"));
            return;
        }
        if (s.title() == null || s.title().isBlank()) {
            problems.add(ProcessProblem.at(s, "title"));
        }
        if (s.kind() != StepKind.END && (s.role() == null || !ROLES.contains(s.role()))) {
            problems.add(ProcessProblem.at(s, "role", ROLES.toString()));
        }
        for (String to : targets(s)) {
            if (!byId.containsKey(to)) {
                problems.add(ProcessProblem.at(s, "target", to));
            }
        }
        if (s.kind() == StepKind.END) {
            if (!targets(s).isEmpty()) {
                problems.add(ProcessProblem.at(s, "endLeads"));
            }
            return;
        }
        if (s.kind() == StepKind.DECISION) {
            if (s.outcomes() == null || s.outcomes().size() < 2) {
                problems.add(ProcessProblem.at(s, "outcomes"));
            }
        } else if (s.next() == null || s.next().isEmpty()) {
            problems.add(ProcessProblem.at(s, "next"));
        }
        Set<String> names = new HashSet<>();
        for (ProcessDefinition.Field f : s.fields() == null ? List.<ProcessDefinition.Field>of() : s.fields()) {
            String name = String.valueOf(f.name());
            if (f.name() == null || !names.add(f.name())) {
                problems.add(ProcessProblem.at(s, "fieldName", name));
            }
            if (f.type() == null) {
                problems.add(ProcessProblem.at(s, "fieldType", name));
            } else if (f.type() == FieldType.CHOICE && (f.options() == null || f.options().isEmpty())) {
                problems.add(ProcessProblem.at(s, "choiceOptions", name));
            }
            if (f.optionsEn() != null && (f.options() == null || !f.options().keySet().containsAll(f.optionsEn().keySet()))) {
                problems.add(ProcessProblem.at(s, "optionsEn", name));
            }
        }
        switch (s.kind()) {
            case PAYMENT -> {
                String amount = s.setting("amountRials");
                if (amount == null || !amount.matches("[0-9]+|card")) {
                    problems.add(ProcessProblem.at(s, "payment"));
                }
            }
            case INQUIRY -> {
                if (s.setting("partner") == null || s.setting("operation") == null) {
                    problems.add(ProcessProblem.at(s, "inquiryPartner"));
                }
                try {
                    ExchangeMode.parse(s.setting("mode"));
                } catch (IllegalArgumentException e) {
                    problems.add(ProcessProblem.at(s, "inquiryMode"));
                }
                String link = s.setting("link");
                if (link != null && !link.matches("§7:[1-9][0-9]*|§8:.+")) {
                    problems.add(ProcessProblem.at(s, "inquiryLink"));
                }
            }
            case NOTIFICATION -> {
                if (s.setting("message") == null) {
                    problems.add(ProcessProblem.at(s, "notification"));
                }
            }
            case OUTPUT -> {
                if (s.setting("document") == null || s.setting("title") == null) {
                    problems.add(ProcessProblem.at(s, "output"));
                }
            }
            default -> {
            }
        }
    }

    /**
     * The process a card without a definition of its own runs, drawn from its §10 diagram: each box a step where
     * provincial staff record what was done; a box with several arrows out a decision between them; the boxes no
     * arrow leaves lead to the end. A card with no diagram runs as one such step.
     */
    public static ProcessDefinition fromDiagram(CardForm card) {
        var diagram = card.processDiagram();
        List<ProcessDefinition.Step> steps = new ArrayList<>();
        ProcessDefinition.Field note = new ProcessDefinition.Field("note", "شرح اقدام", FieldType.TEXT, false, null,
                "Action taken", null, null, null);
        if (diagram == null || diagram.steps() == null || diagram.steps().isEmpty()) {
            steps.add(new ProcessDefinition.Step("do", card.identification().title(), StepKind.FORM, Roles.PROVINCE_STAFF,
                    List.of(note), null, List.of(new ProcessDefinition.Transition("end", null, null)), null, null));
        } else {
            Map<String, String> ids = new HashMap<>();
            for (int i = 0; i < diagram.steps().size(); i++) {
                ids.put(diagram.steps().get(i).id(), "step-" + (i + 1));
            }
            for (var box : diagram.steps()) {
                List<String> out = diagram.edges() == null ? List.of() : diagram.edges().stream()
                        .filter(e -> box.id().equals(e.from()) && ids.containsKey(e.to())).map(e -> ids.get(e.to())).toList();
                String title = box.title() == null || box.title().isBlank() ? box.id() : box.title();
                if (out.size() > 1) {
                    List<ProcessDefinition.Outcome> outcomes = new ArrayList<>();
                    for (String to : out) {
                        outcomes.add(new ProcessDefinition.Outcome(to, to, to, null));
                    }
                    steps.add(new ProcessDefinition.Step(ids.get(box.id()), title, StepKind.DECISION, Roles.PROVINCE_STAFF,
                            List.of(note), outcomes, null, null, null));
                } else {
                    steps.add(new ProcessDefinition.Step(ids.get(box.id()), title, StepKind.FORM, Roles.PROVINCE_STAFF,
                            List.of(note), null, List.of(new ProcessDefinition.Transition(out.isEmpty() ? "end" : out.get(0),
                            null, null)), null, null));
                }
            }
        }
        steps.add(new ProcessDefinition.Step("end", "پایان", StepKind.END, null, null, null, null, Map.of("result", "done"), "End"));
        return new ProcessDefinition(ProcessDefinition.FORMAT_VERSION, card.key(), steps.get(0).id(), "staff", "person", steps);
    }

    static List<String> targets(ProcessDefinition.Step s) {
        List<String> to = new ArrayList<>();
        if (s.next() != null) {
            s.next().forEach(t -> to.add(t.to()));
        }
        if (s.outcomes() != null) {
            s.outcomes().forEach(o -> to.add(o.to()));
        }
        return to;
    }

    private static Set<String> reachable(String from, Map<String, ProcessDefinition.Step> byId) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(from));
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (byId.containsKey(id) && seen.add(id)) {
                todo.addAll(targets(byId.get(id)));
            }
        }
        return seen;
    }
}
