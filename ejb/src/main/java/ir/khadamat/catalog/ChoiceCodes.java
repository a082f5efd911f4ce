package ir.khadamat.catalog;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * How a choice set of the form is kept in a facet column so that "unknown", "none" and each value stay
 * distinct and one look for {@code ,VALUE,} finds a value: {@code null} is unknown, {@code ","} is
 * none, {@code ",G2C,G2G,"} are values.
 */
public final class ChoiceCodes {

    private ChoiceCodes() {
    }

    public static String encode(Collection<? extends Enum<?>> choices) {
        if (choices == null) {
            return null;
        }
        if (choices.isEmpty()) {
            return ",";
        }
        return choices.stream().map(Enum::name).sorted().collect(Collectors.joining(",", ",", ","));
    }

    /** A value as it stands in a column, delimiters included: {@code ,G2C,}. */
    public static String token(String name) {
        return "," + name + ",";
    }
}
