package ir.khadamat.web;

import ir.khadamat.persian.PersianText;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

import java.util.ArrayList;
import java.util.List;

/** A list of texts as a text area, one item a line; an empty area means unknown. */
@FacesConverter("khadamat.lines")
public class LinesConverter implements Converter<List<String>> {

    @Override
    public List<String> getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Object before = component instanceof UIInput input ? input.getValue() : null;
        List<?> old = before instanceof List<?> list ? list : List.of();
        List<String> lines = new ArrayList<>();
        for (String line : value.split("\\R")) {
            if (!line.isBlank()) {
                // a line as it was stays verbatim; a new or changed one is stored as Persian (ي/ك → ی/ک)
                lines.add(old.contains(line.strip()) ? line.strip() : PersianText.canonicalize(line));
            }
        }
        return lines;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, List<String> value) {
        return value == null ? "" : String.join("\n", value);
    }
}
