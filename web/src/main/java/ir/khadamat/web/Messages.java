package ir.khadamat.web;

import ir.khadamat.persian.Iran;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

import java.text.MessageFormat;
import java.util.Locale;
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
            return ResourceBundle.getBundle("ir.khadamat.web.messages", language.isPersian() ? Iran.PERSIAN
                            : Locale.ROOT,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The codes named by the keys {@code prefix + code} of the messages (the partners, say), in key order. */
    public java.util.List<String> codes(String prefix) {
        return ResourceBundle.getBundle("ir.khadamat.web.messages", Locale.ROOT).keySet().stream()
                .filter(k -> k.startsWith(prefix) && k.indexOf('.', prefix.length()) < 0)
                .map(k -> k.substring(prefix.length())).sorted().toList();
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(get(key), language.getLocale()).format(arguments);
    }

    public boolean isPersian() {
        return language.isPersian();
    }

    /** Shows an error on top of the page (a message for no input in particular). */
    public void showError(String text) {
        show(FacesMessage.SEVERITY_ERROR, text);
    }

    /** Shows a warning on top of the page. */
    public void showWarning(String text) {
        show(FacesMessage.SEVERITY_WARN, text);
    }

    private static void show(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
