package ir.khadamat.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import java.text.MessageFormat;

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
            String template = context.getApplication().evaluateExpressionGet(context,
                    "#{msg['editor.number.range']}", String.class);
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    MessageFormat.format(template.replace("'", "''"), value), null));
        }
        return n;
    }
}
