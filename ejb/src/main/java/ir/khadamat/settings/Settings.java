package ir.khadamat.settings;

import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Optional;

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
        try {
            return text(key).map(Long::parseLong).filter(n -> n > 0).orElse(otherwise);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** A whole number from 0, or {@code otherwise}. */
    public static int whole(String key, int otherwise) {
        try {
            return text(key).map(Integer::parseInt).filter(n -> n >= 0).orElse(otherwise);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** A number from 0 (say, a rate), or {@code otherwise}. */
    public static double fraction(String key, double otherwise) {
        try {
            return text(key).map(Double::parseDouble).filter(n -> n >= 0).orElse(otherwise);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
