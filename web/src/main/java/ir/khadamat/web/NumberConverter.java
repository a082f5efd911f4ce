package ir.khadamat.web;

import ir.khadamat.persian.PersianDigits;
import ir.khadamat.persian.Rial;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * A whole number as people type it: Persian, Arabic or Latin digits, with or without grouping separators
 * (۴۰٬۰۰۰ or 40,000); shown in Persian digits in the Persian UI. Empty means unknown.
 */
@FacesConverter("khadamat.number")
public class NumberConverter implements Converter<Long> {

    @Override
    public Long getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String digits = PersianDigits.toAscii(value.strip()).replaceAll("[,٬،\\s]", "");
        try {
            long n = Long.parseLong(digits);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw refused(context, component, "editor.number.invalid", value);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Long value) {
        if (value == null) {
            return "";
        }
        String grouped = NumberFormat.getIntegerInstance(Locale.ROOT).format(value);
        return "fa".equals(context.getViewRoot().getLocale().getLanguage())
                ? PersianDigits.toPersian(grouped).replace(',', Rial.PERSIAN_GROUPING) : grouped;
    }

    /**
     * The refusal of a value, in the user's language: beside the input the message, in the error summary the message
     * named by the input's {@code label}.
     */
    static ConverterException refused(FacesContext context, UIComponent component, String key, String value) {
        String template = context.getApplication().evaluateExpressionGet(context, "#{msg['" + key + "']}", String.class);
        return new ConverterException(ErrorSummary.message((String) component.getAttributes().get("label"),
                MessageFormat.format(template.replace("'", "''"), value)));
    }
}
