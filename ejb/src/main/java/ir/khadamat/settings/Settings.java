package ir.khadamat.settings;

import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The operator's settings, read through MicroProfile Config: a system property ({@code -Dkhadamat.x.y=…}, or the
 * server's configuration) or an environment variable of the same name in capitals with underscores
 * ({@code KHADAMAT_X_Y}). Each setting is read where it is used, so a change takes effect without a restart where
 * that code reads it per call. A value that is blank, or not a positive number where one is wanted, counts as
 * unset: the default stands (docs/security.md lists the limits).
 */
public final class Settings {

    private Settings() {
    }

    /** The setting's text, stripped, unless it is unset or blank. */
    public static Optional<String> text(String key) {
        return ConfigProvider.getConfig().getOptionalValue(key, String.class).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** A positive whole number, or {@code otherwise}. */
    public static int positive(String key, int otherwise) {
        long n = positive(key, (long) otherwise);
        return n > Integer.MAX_VALUE ? otherwise : (int) n;
    }

    /** A positive whole number, or {@code otherwise}. */
    public static long positive(String key, long otherwise) {
        return parsed(key, Long::parseLong, n -> n > 0, otherwise);
    }

    /** A whole number from 0, or {@code otherwise}. */
    public static int whole(String key, int otherwise) {
        return parsed(key, Integer::parseInt, n -> n >= 0, otherwise);
    }

    /** A number from 0 (say, a rate), or {@code otherwise}. */
    public static double fraction(String key, double otherwise) {
        return parsed(key, Double::parseDouble, n -> n >= 0, otherwise);
    }

    /** The setting read as a number that passes {@code allowed}, or {@code otherwise}. */
    private static <T> T parsed(String key, Function<String, T> parse, Predicate<T> allowed, T otherwise) {
        try {
            return text(key).map(parse).filter(allowed).orElse(otherwise);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
