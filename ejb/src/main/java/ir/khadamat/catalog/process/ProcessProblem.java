package ir.khadamat.catalog.process;

import ir.khadamat.persian.Iran;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * One reason a process definition cannot run ({@link ProcessDefinitions#problems}): the step it concerns (null: the
 * definition as a whole), what is wrong ({@code code}, a key of {@code problems.properties}) and the values the text
 * names. Read in Persian beside the step in a designer, or in English (its {@link #toString()}) in the REST API's
 * problem+JSON, the same rules either way.
 *
 * @param step   the step's id, or null
 * @param code   what is wrong
 * @param values what the text names: for a step's problem, the step's id first
 */
public record ProcessProblem(String step, String code, List<String> values) {

    /** A value the definition leaves out (a step's missing target) is named as {@code null}, as it is missing. */
    public ProcessProblem {
        values = values.stream().map(String::valueOf).toList();
    }

    static ProcessProblem of(String code, String... values) {
        return new ProcessProblem(null, code, Arrays.asList(values));
    }

    /** A problem of one step; its id is the text's first value. */
    static ProcessProblem at(ProcessDefinition.Step step, String code, String... values) {
        List<String> all = new ArrayList<>();
        all.add(step.id());
        all.addAll(Arrays.asList(values));
        return new ProcessProblem(step.id(), code, all);
    }

    /** The text in a language: Persian unless English. */
    public String message(Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle("ir.khadamat.catalog.process.problems", Iran.bundleLocale(locale),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(texts.getString(code), locale).format(values.toArray());
    }

    /** In English, as the REST API answers it. */
    @Override
    public String toString() {
        return message(Locale.ENGLISH);
    }
}
