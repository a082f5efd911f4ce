package ir.khadamat.web;

import ir.khadamat.persian.PersianText;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

import java.util.Objects;

/**
 * What a person types, stored as Persian: Arabic ي/ك become ی/ک (PersianText.canonicalize). A value left as it was
 * is kept verbatim, so opening and saving a card never rewrites text nobody touched (the seed's own letters).
 * Empty means unknown.
 */
@FacesConverter("khadamat.text")
public class TextConverter implements Converter<String> {

    @Override
    public String getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Object before = component instanceof UIInput input ? input.getValue() : null;
        if (Objects.equals(normalizeNewlines(value), before == null ? null : normalizeNewlines(before.toString()))) {
            return before.toString();
        }
        return PersianText.canonicalize(value);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, String value) {
        return value == null ? "" : value;
    }

    private static String normalizeNewlines(String s) {
        return s.replace("\r\n", "\n").strip();
    }
}
