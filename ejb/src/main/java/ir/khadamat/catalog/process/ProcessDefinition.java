package ir.khadamat.catalog.process;

import ir.khadamat.persian.Iran;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
 *                      <p>
 *                      Every text people read (a step's title, a field's label and options, an outcome's label) is
 *                      Persian, with its English optionally beside it ({@code titleEn}, {@code labelEn},
 *                      {@code optionsEn}); {@code title(Locale)} and its kin choose by the reader's language, English
 *                      falling back to Persian where a definition has none.
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
     * @param titleEn  the title in English (optional)
     */
    public record Step(String id, String title, StepKind kind, String role, List<Field> fields,
                       List<Outcome> outcomes, List<Transition> next, Map<String, String> config, String titleEn) {

        /** The title in the reader's language: Persian unless English is asked for and given. */
        public String title(Locale locale) {
            return inLanguage(title, titleEn, locale);
        }

        public String setting(String name) {
            return config == null ? null : config.get(name);
        }

        /** APPOINTMENT: the kinds of visit it books ({@code visitTypes}, comma-separated); none for other steps. */
        public List<String> visitTypes() {
            return kind == StepKind.APPOINTMENT && setting("visitTypes") != null
                    ? List.of(setting("visitTypes").split(",")) : List.of();
        }
    }

    /**
     * A typed field of a form step.
     *
     * @param options   CHOICE: the allowed values (code → Persian label)
     * @param labelEn   the label in English (optional)
     * @param optionsEn the options' labels in English, by the same codes (optional, some or all)
     * @param help      a line of help shown under the field (راهنما), Persian (optional)
     * @param helpEn    the help in English (optional)
     */
    public record Field(String name, String label, FieldType type, boolean required, Map<String, String> options,
                        String labelEn, Map<String, String> optionsEn, String help, String helpEn) {

        public String label(Locale locale) {
            return inLanguage(label, labelEn, locale);
        }

        /** The help in the reader's language; null when the field has none. */
        public String help(Locale locale) {
            return help == null || help.isBlank() ? null : inLanguage(help, helpEn, locale);
        }

        /** The options (code → label) in the reader's language, in their order; null when the field has none. */
        public Map<String, String> options(Locale locale) {
            if (options == null || !Iran.english(locale) || optionsEn == null) {
                return options;
            }
            Map<String, String> shown = new LinkedHashMap<>();
            options.forEach((code, persian) -> shown.put(code, inLanguage(persian, optionsEn.get(code), locale)));
            return shown;
        }

        /** The field as a reader of that language sees it: its label and options in that language. */
        public Field in(Locale locale) {
            return new Field(name, label(locale), type, required, options(locale), labelEn, optionsEn, help(locale),
                    helpEn);
        }
    }

    /**
     * An outcome of a decision step; {@code labelEn} its label in English (optional). (JSON-B binds a record by its
     * one constructor: no shorter ones beside it.)
     */
    public record Outcome(String name, String label, String to, String labelEn) {

        public String label(Locale locale) {
            return inLanguage(label, labelEn, locale);
        }

        /** The outcome as a reader of that language sees it. */
        public Outcome in(Locale locale) {
            return new Outcome(name, label(locale), to, labelEn);
        }
    }

    /**
     * A transition: to a step, when a field of the case's data has a value (no condition: always).
     *
     * @param when   the name of a field (of any step so far) or {@code outcome}; null for an unconditional transition
     * @param equals the value it must have
     */
    public record Transition(String to, String when, String equals) {
    }

    /** English where asked for and given, Persian otherwise. */
    static String inLanguage(String persian, String english, Locale locale) {
        return Iran.english(locale) && english != null && !english.isBlank() ? english : persian;
    }

    public Optional<Step> step(String id) {
        return steps.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** A field by its name, from the first step that has it: what a condition or a message's placeholder names. */
    public Optional<Field> field(String name) {
        return steps.stream().filter(s -> s.fields() != null).flatMap(s -> s.fields().stream())
                .filter(f -> f.name() != null && f.name().equals(name)).findFirst();
    }
}
