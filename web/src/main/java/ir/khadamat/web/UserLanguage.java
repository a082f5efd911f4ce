package ir.khadamat.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The language of the user's screens: Persian (right to left) unless they chose English. */
@Named
@SessionScoped
public class UserLanguage implements Serializable {

    public static final Locale PERSIAN = Locale.forLanguageTag("fa");

    private Locale locale = PERSIAN;

    public Locale getLocale() {
        return locale;
    }

    public boolean isPersian() {
        return !"en".equals(locale.getLanguage());
    }

    public String getCode() {
        return locale.getLanguage();
    }

    public String getDirection() {
        return isPersian() ? "rtl" : "ltr";
    }

    void choose(String language) {
        locale = "en".equals(language) ? Locale.ENGLISH : PERSIAN;
    }

    /** The current page, with its query, in the other language. */
    public String getSwitchLink() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String query = request.getQueryString() == null ? "" : Arrays.stream(request.getQueryString().split("&"))
                .filter(p -> !p.isEmpty() && !p.startsWith("lang="))
                .map(p -> p + "&")
                .collect(Collectors.joining());
        return request.getRequestURI() + "?" + query + "lang=" + (isPersian() ? "en" : "fa");
    }
}
