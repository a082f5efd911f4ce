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

    /** A column's values as bits, by the values' order (unknown and none: no bit). */
    public static long mask(String column, Enum<?>[] values) {
        long mask = 0;
        if (column != null) {
            for (int i = 0; i < values.length; i++) {
                if (column.contains(token(values[i].name()))) {
                    mask |= 1L << i;
                }
            }
        }
        return mask;
    }

    /** A value as it stands in a column, delimiters included: {@code ,G2C,}. */
    public static String token(String name) {
        return "," + name + ",";
    }
}
