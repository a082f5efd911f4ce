package ir.khadamat.web;

import ir.khadamat.catalog.InvalidCard;
import ir.khadamat.persian.Iran;
import ir.khadamat.persian.PersianDigits;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The messages of the form's rules (ValidationMessages, next to the domain) in the user's language: the services
 * report a rule by its template, and the screen words it for whoever reads it.
 */
@RequestScoped
public class ValidationTexts {

    @Inject
    UserLanguage language;

    public String message(InvalidCard.Violation violation) {
        String template = violation.template();
        if (template == null || !template.startsWith("{") || !template.endsWith("}")) {
            return violation.message();
        }
        String text = message(template.substring(1, template.length() - 1), violation.message());
        // a message with a parameter ({max}): the validator worded it in the server's language, with the number in it
        Matcher number = Pattern.compile("\\d+").matcher(violation.message());
        if (text.contains("{max}") && number.find()) {
            text = text.replace("{max}", language.isPersian()
                    ? PersianDigits.toPersian(number.group()) : number.group());
        }
        return text.contains("{") ? text.replaceAll("\\s*\\([^)]*\\{[^}]*}[^)]*\\)|\\{[^}]*}", "").strip() : text;
    }

    /** A message of ValidationMessages by its key, in the user's language; the fallback when there is none. */
    public String message(String key, String fallback) {
        try {
            return ResourceBundle.getBundle("ValidationMessages",
                    language.isPersian() ? Iran.PERSIAN : Locale.ROOT, InvalidCard.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}
