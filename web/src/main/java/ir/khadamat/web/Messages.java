package ir.khadamat.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The UI's texts (bundle {@code ir.khadamat.web.messages}) in the user's language, for Java code. */
@RequestScoped
public class Messages {

    @Inject
    UserLanguage language;

    public String get(String key) {
        try {
            // no fall-back to the server's default locale: English is the base bundle
            return ResourceBundle.getBundle("ir.khadamat.web.messages", language.isPersian() ? UserLanguage.PERSIAN
                            : java.util.Locale.ROOT,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(get(key), language.getLocale()).format(arguments);
    }

    public boolean isPersian() {
        return language.isPersian();
    }
}
