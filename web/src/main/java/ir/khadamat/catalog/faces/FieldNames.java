package ir.khadamat.catalog.faces;

import ir.khadamat.catalog.form.FieldLabels;
import ir.khadamat.catalog.form.FieldValues;
import ir.khadamat.web.Messages;
import ir.khadamat.web.UserLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonValue;

import java.util.Locale;

/**
 * A field of the card form named in the viewer's language, for the screens ({@code #{fieldNames.of(path)}}) and the
 * editor's list of problems: the name is {@link FieldLabels}', the one home of the form's labels. The path is a
 * JSON Pointer ({@code /details/fees}) or a violation's property path ({@code details.fees[0].amountRials}); list
 * positions are dropped, a path the form does not name is named after its nearest named parent, and the root
 * ({@code /}) is the whole card.
 */
@Named
@RequestScoped
public class FieldNames {

    @Inject
    Messages messages;

    @Inject
    UserLanguage language;

    public String of(String path) {
        String dotted = path == null ? "" : path.replaceAll("\\.<[^>]*>", "").replaceAll("\\[\\d+]", "");
        dotted = (dotted.startsWith("/") ? dotted.substring(1) : dotted).replace('/', '.');
        if ("key".equals(dotted)) {
            return messages.get("editor.key");
        }
        Locale locale = language.getLocale();
        while (!dotted.isEmpty()) {
            String name = FieldLabels.name(dotted, locale);
            if (name != null) {
                return name;
            }
            dotted = dotted.contains(".") ? dotted.substring(0, dotted.lastIndexOf('.')) : "";
        }
        return messages.get("card.whole");
    }

    /**
     * A label of the form as a screen lays it out ({@code #{fieldNames.label('specification.audience')}}): a section's
     * heading, a column, an input's label; the one home of these texts is {@link FieldLabels}.
     */
    public String label(String key) {
        return FieldLabels.label(key, language.getLocale());
    }

    /**
     * A value of the form shown apart from its field (the changes between versions, the changes offered from the
     * national card): choices by their labels, numbers in the reader's digits, no JSON; null for unknown.
     */
    public String valueOf(String path, JsonValue value) {
        return FieldValues.text(path, value, language.getLocale(), messages.get("none"));
    }
}
