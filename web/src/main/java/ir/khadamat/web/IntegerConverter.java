package ir.khadamat.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.FacesConverter;


/**
 * A whole number of a field the form keeps as an {@code int} (visits, times): as {@link NumberConverter}, and a
 * number past the field's range is refused beside the input rather than failing the whole save.
 */
@FacesConverter("khadamat.integer")
public class IntegerConverter extends NumberConverter {

    @Override
    public Long getAsObject(FacesContext context, UIComponent component, String value) {
        Long n = super.getAsObject(context, component, value);
        if (n != null && n > Integer.MAX_VALUE) {
            throw refused(context, component, "editor.number.range", value);
        }
        return n;
    }
}
