package ir.khadamat.catalog.process;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a card runs: its steps, from {@code start}. Written as JSON ({@code catalog-data/processes/<card key>.json}
 * for the seed, or with the card in the editor); {@link ProcessDefinitions#check} says whether it is sound.
 *
 * @param formatVersion version of this format (1)
 * @param cardKey       the card it belongs to
 * @param start         the first step's id
 * @param applicant     who starts a case: {@code public} (a citizen with national code and mobile, from the public
 *                      pages) or {@code staff} (provincial staff start it for a subject)
 * @param subject       what a case is about: {@code person} or {@code prisoner}
 * @param steps         the steps, the start first
 */
public record ProcessDefinition(int formatVersion, String cardKey, String start, String applicant, String subject,
                                List<Step> steps) {

    public static final int FORMAT_VERSION = 1;

    /**
     * One step.
     *
     * @param id       unique in the definition, lower-case ascii
     * @param title    Persian title, as the card's §10 names it where it does
     * @param kind     what the step does
     * @param role     who acts: {@code applicant}, {@code province-staff}, {@code province-admin}, or {@code system}
     *                 (steps the engine runs by itself: inquiry, notification, output, payment callbacks)
     * @param fields   FORM (and DECISION, for notes): the fields to fill in
     * @param outcomes DECISION: the outcomes to choose from, each leading to a step
     * @param next     the transitions after the step (the first whose condition holds is taken); none for END
     * @param config   kind-specific settings: PAYMENT {@code amountRials}; INQUIRY {@code partner}, {@code operation},
     *                 {@code link} (the §7/§8 row it executes); NOTIFICATION {@code channel}, {@code message};
     *                 OUTPUT {@code document}, {@code title}; APPOINTMENT {@code visitTypes}; END {@code result}
     */
    public record Step(String id, String title, StepKind kind, String role, List<Field> fields,
                       List<Outcome> outcomes, List<Transition> next, Map<String, String> config) {

        public String setting(String name) {
            return config == null ? null : config.get(name);
        }
    }

    /**
     * A typed field of a form step.
     *
     * @param options CHOICE: the allowed values (code → Persian label)
     */
    public record Field(String name, String label, FieldType type, boolean required, Map<String, String> options) {
    }

    /** An outcome of a decision step. */
    public record Outcome(String name, String label, String to) {
    }

    /**
     * A transition: to a step, when a field of the case's data has a value (no condition: always).
     *
     * @param when   the name of a field (of any step so far) or {@code outcome}; null for an unconditional transition
     * @param equals the value it must have
     */
    public record Transition(String to, String when, String equals) {
    }

    public Optional<Step> step(String id) {
        return steps.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
