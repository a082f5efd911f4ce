package ir.khadamat.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the audit trail records about a change of a card (its {@code details}, e.g. {@code version=3
 * fields=[/details/fees]}, written by {@link CardAuthoring} and {@link CardReview}), read back into its parts for a
 * screen to say in words. The trail keeps the machine's text; nothing of it is shown as it is.
 *
 * @param version         the card's version the change made or acted on (null: not said)
 * @param fields          the form's fields changed or commented on, as JSON Pointers
 * @param serviceId       the service ID given at approval (null: none)
 * @param status          the status the card was given (null: not said)
 * @param nationalVersion the national card's version an edition was made from or took changes of (null: none)
 */
public record HistoryDetails(Integer version, List<String> fields, String serviceId, CardStatus status,
                             Integer nationalVersion) {

    private static final Pattern VERSION = Pattern.compile("(?:^|\\s)version=(\\d+)");
    private static final Pattern FIELDS = Pattern.compile("\\[([^]]*)]");
    private static final Pattern SERVICE_ID = Pattern.compile("serviceId=(\\S+)");
    private static final Pattern STATUS = Pattern.compile("status=([A-Z_]+)");
    private static final Pattern NATIONAL = Pattern.compile("(?:national|base=\\S+) v(\\d+)");

    public static HistoryDetails parse(String details) {
        String text = details == null ? "" : details;
        Matcher fields = FIELDS.matcher(text);
        List<String> paths = fields.find() ? Arrays.stream(fields.group(1).split(",")).map(String::strip)
                .filter(p -> !p.isEmpty()).toList() : List.of();
        return new HistoryDetails(number(VERSION, text), paths, group(SERVICE_ID, text),
                status(group(STATUS, text)), number(NATIONAL, text));
    }

    private static String group(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    private static Integer number(Pattern pattern, String text) {
        String digits = group(pattern, text);
        return digits == null || digits.length() > 9 ? null : Integer.valueOf(digits);
    }

    private static CardStatus status(String name) {
        return Arrays.stream(CardStatus.values()).filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }
}
