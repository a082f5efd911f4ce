package ir.khadamat.catalog.form;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A choice of the form. Its labels — Persian exactly as printed on annex 1, and English — live in
 * {@code labels_fa.properties} and {@code labels.properties} beside these classes, under
 * {@code <Enum>.<CONSTANT>}.
 */
public interface Labelled {

    Locale PERSIAN = Locale.forLanguageTag("fa");

    String name();

    /** The label in the given language: Persian unless the language is English. */
    default String label(Locale locale) {
        Locale language = locale != null && "en".equals(locale.getLanguage()) ? Locale.ROOT : PERSIAN;
        return ResourceBundle.getBundle("ir.khadamat.catalog.form.labels", language,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                .getString(getClass().getSimpleName() + "." + name());
    }

    default String persianLabel() {
        return label(PERSIAN);
    }

    default String englishLabel() {
        return label(Locale.ENGLISH);
    }
}
