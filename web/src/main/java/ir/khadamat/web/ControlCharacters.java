package ir.khadamat.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the pages' forms send is text: control characters other than tab and line breaks (a NUL above all, which
 * PostgreSQL cannot store in a text column) are dropped from every parameter before JSF reads it, so a pasted or
 * forged one never reaches a column as a server error; the rest of what was typed is kept. The REST API refuses them
 * instead, naming the field ({@link ApiProblemFilter}).
 */
@WebFilter(urlPatterns = "*.xhtml")
public class ControlCharacters extends HttpFilter {

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter("POST".equals(request.getMethod()) ? new Cleaned(request) : request, response);
    }

    /** Text without its control characters (tab, line feed and carriage return stay). */
    static String clean(String value) {
        return value == null ? null : CONTROL.matcher(value).replaceAll("");
    }

    private static final class Cleaned extends HttpServletRequestWrapper {

        private Map<String, String[]> parameters;

        Cleaned(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            String[] values = getParameterMap().get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = getParameterMap().get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            if (parameters == null) {
                Map<String, String[]> cleaned = new LinkedHashMap<>();
                super.getParameterMap().forEach((name, values) ->
                        cleaned.put(name, Arrays.stream(values).map(ControlCharacters::clean).toArray(String[]::new)));
                parameters = Collections.unmodifiableMap(cleaned);
            }
            return parameters;
        }
    }
}
