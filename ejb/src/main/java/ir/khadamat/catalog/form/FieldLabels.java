package ir.khadamat.catalog.form;

import ir.khadamat.persian.Iran;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The labels of the form's fields and sections — Persian exactly as annex 1 prints them, and English — the one home
 * of them: {@code fields_fa.properties} and {@code fields.properties} beside these classes, keyed by the field's JSON
 * Pointer with dots ({@code details.fees}); the choices' labels are {@link Labelled}'s. The screens and the REST API
 * (a card's changes, gaps and comments, the editor's problems) ask for a field's {@link #name}, the printout for its
 * {@link #printed} wording.
 */
public final class FieldLabels {

    private static final String FIELDS = "ir.khadamat.catalog.form.fields";
    /** Groups whose members are named after them: «تکمیل کننده فرم: تلفن». */
    private static final Set<String> GROUPS = Set.of("filler", "details.frequency");
    /** The fields of every stage of §6 are labelled once, under {@code access.stage.<field>}. */
    private static final String STAGE_FIELD = "access.stage.";
    private static final String PRINTED = "printed.";

    private FieldLabels() {
    }

    /**
     * The name of a field or a section standing alone, e.g. «مرحله تولید خدمت: نوع ارائه» for
     * {@code access.production.mode}: Persian unless the language is English; {@code null} for a key the form does
     * not name.
     */
    public static String name(String key, Locale locale) {
        ResourceBundle labels = bundle(FIELDS, locale);
        int dot = key.lastIndexOf('.');
        if (dot > 0) {
            String parent = key.substring(0, dot);
            String member = key.substring(dot + 1);
            if (isStage(parent) && labels.containsKey(STAGE_FIELD + member)) {
                return name(parent, locale) + ": " + labels.getString(STAGE_FIELD + member);
            }
            if (GROUPS.contains(parent) && labels.containsKey(key)) {
                return name(parent, locale) + ": " + labels.getString(key);
            }
        }
        return labels.containsKey(key) ? labels.getString(key) : null;
    }

    /**
     * The Persian wording of a field or a section in its place on the printed form: {@code printed.<key>} where the
     * form words it so, otherwise the key's own label (for a group's member or a stage's field, the member's).
     *
     * @throws MissingResourceException for a key the form does not label
     */
    public static String printed(String key) {
        ResourceBundle labels = bundle(FIELDS, Iran.PERSIAN);
        return labels.containsKey(PRINTED + key) ? labels.getString(PRINTED + key) : labels.getString(key);
    }

    /**
     * A key's own text, for a screen that lays the form out as the form does (a section's heading, a column, the label
     * of an input under its group): {@code heading.<key>} and {@code printed.<key>} keys too, a member's label without
     * its group's name; Persian unless the language is English, an English member's label with a capital first letter.
     *
     * @throws MissingResourceException for a key the form does not label
     */
    public static String label(String key, Locale locale) {
        String text = bundle(FIELDS, locale).getString(key);
        return Iran.bundleLocale(locale).getLanguage().equals("en") && !text.isEmpty()
                ? Character.toUpperCase(text.charAt(0)) + text.substring(1) : text;
    }

    /** {@code access.<stage>}, a stage of §6. */
    private static boolean isStage(String key) {
        if (!key.startsWith("access.")) {
            return false;
        }
        String stage = key.substring("access.".length());
        for (Stage s : Stage.values()) {
            if (s.name().toLowerCase(Locale.ROOT).equals(stage)) {
                return true;
            }
        }
        return false;
    }

    /** A bundle of this package in the language of the locale: Persian unless it is English (the base bundle). */
    static ResourceBundle bundle(String baseName, Locale locale) {
        Locale language = Iran.bundleLocale(locale);
        return ResourceBundle.getBundle(baseName, language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
