package ir.khadamat.catalog;

import ir.khadamat.catalog.form.LifeEvent;
import ir.khadamat.catalog.form.ServiceLevel;
import ir.khadamat.catalog.form.ServiceType;
import ir.khadamat.persian.PersianDigits;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;

/**
 * A search of the catalogue: free text and facet filters, one page of results. Built from raw request
 * parameters by {@link #parse}, which names the parameter at fault when a value cannot be used.
 *
 * @param text             free text, matched after Persian normalisation; every word must occur
 * @param agency           executive agency code, or {@link #UNKNOWN}
 * @param type             a {@link ServiceType} name, or {@link #UNKNOWN} for cards whose form does not say
 * @param event            a {@link LifeEvent} name, or {@link #UNKNOWN}
 * @param level            a {@link ServiceLevel} name, or {@link #UNKNOWN}
 * @param electronicStages 0..4, or {@link #UNKNOWN_STAGES} for cards whose stages are not all known
 */
public record CatalogQuery(String text, String agency, String type, String event, String level,
                           Integer electronicStages, int page, int size) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The facet value of cards whose form does not say. */
    public static final String UNKNOWN = "unknown";

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /** The same filters, another page. */
    public CatalogQuery at(int page, int size) {
        return new CatalogQuery(text, agency, type, event, level, electronicStages, page, size);
    }

    /** The same filters over every matching card, on one page (exports). */
    public CatalogQuery everything() {
        return new CatalogQuery(text, agency, type, event, level, electronicStages, 0, Integer.MAX_VALUE);
    }
    public static final int UNKNOWN_STAGES = -1;
    /** The longest search text, in characters. */
    public static final int MAX_TEXT = 200;

    public static CatalogQuery all() {
        return new CatalogQuery(null, null, null, null, null, null, 0, DEFAULT_SIZE);
    }

    public static CatalogQuery parse(String q, String agency, String type, String event, String level,
                                     String electronicStages, String page, String size) {
        if (q != null && q.length() > MAX_TEXT) {
            throw new InvalidQueryParameter("q", "at most " + MAX_TEXT + " characters");
        }
        return new CatalogQuery(blankToNull(q), agency == null || !UNKNOWN.equalsIgnoreCase(agency.strip())
                ? blankToNull(agency) : UNKNOWN,
                choice("type", type, ServiceType.class),
                choice("event", event, LifeEvent.class),
                choice("level", level, ServiceLevel.class),
                stages(electronicStages),
                number("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE),
                number("size", size, DEFAULT_SIZE, 1, MAX_SIZE));
    }

    public int offset() {
        return page * size;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static <E extends Enum<E>> String choice(String parameter, String raw, Class<E> type) {
        String value = blankToNull(raw);
        if (value == null || UNKNOWN.equalsIgnoreCase(value)) {
            return value == null ? null : UNKNOWN;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT)).name();
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryParameter(parameter, "'" + value + "' is not one of "
                    + Arrays.toString(type.getEnumConstants()) + " or " + UNKNOWN);
        }
    }

    private static Integer stages(String raw) {
        String value = blankToNull(raw);
        if (value == null) {
            return null;
        }
        if ("unknown".equalsIgnoreCase(value)) {
            return UNKNOWN_STAGES;
        }
        return number("electronicStages", value, 0, 0, 4);
    }

    /** A whole number a caller wrote in a query parameter (in any digits), or the fallback when it is left out. */
    public static int number(String parameter, String raw, int fallback, int min, int max) {
        String value = blankToNull(raw);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(PersianDigits.toAscii(value));
            if (n < min || n > max) {
                throw new InvalidQueryParameter(parameter, "must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidQueryParameter(parameter, "'" + value + "' is not a whole number");
        }
    }
}
