package ir.khadamat.web;

import ir.khadamat.persian.PersianDigits;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.function.Function;

/**
 * Integer parameters ({@code int}, {@code Integer}, {@code long}, {@code Long}) of every resource: a value that is
 * not a number of that size answers 400 naming the parameter (JAX-RS would answer 404 for a query or path
 * parameter, naming nothing). An empty value counts as absent.
 */
@Provider
public class NumberParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType == int.class || rawType == Integer.class) {
            return (ParamConverter<T>) new Converter<>(name(annotations), Integer::valueOf,
                    rawType == int.class ? 0 : null, "a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
        }
        if (rawType == long.class || rawType == Long.class) {
            return (ParamConverter<T>) new Converter<>(name(annotations), Long::valueOf,
                    rawType == long.class ? 0L : null, "a whole number");
        }
        return null;
    }

    static String name(Annotation[] annotations) {
        for (Annotation a : annotations == null ? new Annotation[0] : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof PathParam p) {
                return p.value();
            }
            if (a instanceof HeaderParam h) {
                return h.value();
            }
            if (a instanceof MatrixParam m) {
                return m.value();
            }
            if (a instanceof FormParam f) {
                return f.value();
            }
            if (a instanceof CookieParam c) {
                return c.value();
            }
        }
        return "parameter";
    }

    private record Converter<N>(String name, Function<String, N> parse, N absent, String expected)
            implements ParamConverter<N> {

        @Override
        public N fromString(String value) {
            if (value == null || value.isBlank()) {
                return absent;
            }
            String text = PersianDigits.toAscii(value.strip());
            try {
                return parse.apply(text.startsWith("+") ? text.substring(1) : text);
            } catch (NumberFormatException e) {
                throw InputRefused.parameter(name, "'" + shorten(value) + "' is not " + expected);
            }
        }

        @Override
        public String toString(N value) {
            return value == null ? null : value.toString();
        }

        private static String shorten(String value) {
            return value.length() > 40 ? value.substring(0, 40) + "…" : value;
        }
    }
}
