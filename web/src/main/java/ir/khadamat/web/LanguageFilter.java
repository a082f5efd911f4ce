package ir.khadamat.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Takes the user's choice of language from any page's {@code ?lang=fa|en}; the page itself is shown as asked, and the
 * choice is kept in a cookie for the next pages.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class LanguageFilter extends HttpFilter {

    @Inject
    UserLanguage language;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String lang = request.getParameter("lang");
        if (lang != null) {
            language.choose(lang);
            response.addCookie(language.cookie());
        }
        chain.doFilter(request, response);
    }
}
