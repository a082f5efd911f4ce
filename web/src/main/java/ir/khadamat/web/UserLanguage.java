package ir.khadamat.web;

import ir.khadamat.persian.Iran;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The language of the user's screens: Persian (right to left) unless they chose English. The choice is kept in a
 * cookie of its own rather than in the session, so that a visitor who never signs in has no session at all.
 */
@Named
@RequestScoped
public class UserLanguage implements Serializable {


    /** The cookie that keeps the choice (a year; HttpOnly; SameSite by undertow-handlers.conf). */
    static final String COOKIE = "khadamat-lang";

    @Inject
    HttpServletRequest request;

    private Locale locale = Iran.PERSIAN;

    @PostConstruct
    void read() {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (COOKIE.equals(c.getName())) {
                    choose(c.getValue());
                }
            }
        }
    }

    public Locale getLocale() {
        return locale;
    }

    public boolean isPersian() {
        return !Iran.english(locale);
    }

    public String getCode() {
        return locale.getLanguage();
    }

    public String getDirection() {
        return isPersian() ? "rtl" : "ltr";
    }

    void choose(String language) {
        locale = Iran.locale(language);
    }

    /** The cookie that keeps this choice for the visitor's next pages. */
    Cookie cookie() {
        Cookie c = new Cookie(COOKIE, getCode());
        c.setPath("/");
        c.setMaxAge(365 * 24 * 3600);
        c.setHttpOnly(true);
        return c;
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
