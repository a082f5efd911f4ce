package ir.khadamat.catalog.form;

import ir.khadamat.persian.Iran;
import java.util.Locale;

/**
 * A choice of the form. Its labels — Persian exactly as printed on annex 1, and English — live in
 * {@code labels_fa.properties} and {@code labels.properties} beside these classes, under
 * {@code <Enum>.<CONSTANT>}. The fields' own labels are {@link FieldLabels}'s.
 */
public interface Labelled {


    String name();

    /** The label in the given language: Persian unless the language is English. */
    default String label(Locale locale) {
        return FieldLabels.bundle("ir.khadamat.catalog.form.labels", locale)
                .getString(getClass().getSimpleName() + "." + name());
    }

    default String persianLabel() {
        return label(Iran.PERSIAN);
    }

    default String englishLabel() {
        return label(Locale.ENGLISH);
    }
}
