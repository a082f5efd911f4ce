package ir.khadamat.web;

import ir.khadamat.persian.PersianDigits;
import ir.khadamat.persian.Rial;
import jakarta.faces.application.FacesMessage;
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
            String template = context.getApplication().evaluateExpressionGet(context,
                    "#{msg['editor.number.invalid']}", String.class);
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    MessageFormat.format(template.replace("'", "''"), value), null));
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
}
