package ir.khadamat.json;

import ir.khadamat.settings.Settings;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;

import java.io.StringReader;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

import static ir.khadamat.json.SharedJson.JSON;

/**
 * JSON from outside, read with limits before anything binds it: the whole text must be one complete JSON value
 * (truncated input and anything after the value are refused), no deeper than {@link Limits#maxDepth()}, no string
 * (name or value) longer than {@link Limits#maxStringLength()}, no longer than {@link Limits#maxChars()} as a whole.
 * Only then is it bound with JSON-B, unknown properties refused; a value that does not bind (wrong type, an int
 * that overflows, an unknown enum constant) is refused naming it by its JSON Pointer.
 * <p>
 * The check comes first because Yasson skips unknown properties with Parsson's {@code skipObject}/{@code skipArray},
 * which never ends on an unclosed {@code {} (eclipse-ee4j/parsson#23): a complete text cannot make it spin.
 * <p>
 * Limits come from system properties (also settable as MicroProfile Config properties of the server):
 * {@value #MAX_BYTES} (default 1048576), {@value #MAX_DEPTH} (default 64) and {@value #MAX_STRING} (default 100000).
 */
public final class BoundedJson {

    public static final String MAX_BYTES = "khadamat.json.max-bytes";
    public static final String MAX_DEPTH = "khadamat.json.max-depth";
    public static final String MAX_STRING = "khadamat.json.max-string-length";

    private BoundedJson() {
    }

    /** How much JSON one reading takes. */
    public record Limits(int maxChars, int maxDepth, int maxStringLength) {

        /** The server's limits (system properties, read on each call so an operator's change applies at once). */
        public static Limits configured() {
            return new Limits(property(MAX_BYTES, 1_048_576), property(MAX_DEPTH, 64), property(MAX_STRING, 100_000));
        }

        /**
         * For documents the platform stored itself (and its seed files): the same depth, sixteen times the size and
         * string length, so a document stored under older or larger limits still reads.
         */
        public static Limits stored() {
            Limits l = configured();
            return new Limits(sixteenTimes(l.maxChars()), l.maxDepth(), sixteenTimes(l.maxStringLength()));
        }

        private static int sixteenTimes(int n) {
            return n > Integer.MAX_VALUE / 16 ? Integer.MAX_VALUE : n * 16;
        }

        private static int property(String name, int otherwise) {
            return Settings.positive(name, otherwise);
        }
    }

    /** Why a text was refused. */
    public enum Reason {
        /** Not JSON, truncated, or something after the value. */
        MALFORMED,
        TOO_LARGE,
        TOO_DEEP,
        STRING_TOO_LONG,
        /** JSON, but not of the type asked for (wrong type, overflow, unknown enum constant, unknown property). */
        NOT_BINDABLE
    }

    /** A text refused: why, where (a JSON Pointer, {@code ""} for the whole document) and a short explanation. */
    public static class Refused extends RuntimeException {
        private final Reason reason;
        private final String pointer;

        public Refused(Reason reason, String pointer, String message) {
            super(message);
            this.reason = reason;
            this.pointer = pointer == null ? "" : pointer;
        }

        public Reason reason() {
            return reason;
        }

        /** The JSON Pointer of the value at fault ({@code ""}: the document as a whole). */
        public String pointer() {
            return pointer;
        }
    }

    /** A JSON-B instance for {@link #bind}: the given configuration, unknown properties refused, exact numbers. */
    public static Jsonb jsonb(JsonbConfig config) {
        return JsonbBuilder.newBuilder()
                .withConfig(config.setProperty("jsonb.fail-on-unknown-properties", true))
                .withProvider(new TrackingJsonProvider())
                .build();
    }

    /**
     * Checks the text against the limits and gives its value; {@code null} for an empty (or blank) text.
     *
     * @throws Refused when the text breaks a limit or is not one complete JSON value
     */
    public static JsonValue parse(String text, Limits limits) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > limits.maxChars()) {
            throw new Refused(Reason.TOO_LARGE, "", "the document is longer than " + limits.maxChars() + " characters");
        }
        Pointer where = new Pointer();
        Deque<Object> builders = new ArrayDeque<>();
        JsonValue result = null;
        try (JsonParser parser = JSON.createParser(new StringReader(text))) {
            while (result == null) {
                if (!parser.hasNext()) { // Parsson throws at an early end; a parser that does not still ends here
                    throw new Refused(Reason.MALFORMED, where.toString(), "the document ends before its value does");
                }
                JsonParser.Event event = parser.next();
                JsonValue value = null;
                switch (event) {
                    case START_OBJECT, START_ARRAY -> {
                        if (builders.size() >= limits.maxDepth()) {
                            throw new Refused(Reason.TOO_DEEP, where.toString(), "nested deeper than " + limits.maxDepth());
                        }
                        where.enter(event == JsonParser.Event.START_ARRAY);
                        builders.push(event == JsonParser.Event.START_OBJECT ? JSON.createObjectBuilder() : JSON.createArrayBuilder());
                    }
                    case KEY_NAME -> {
                        String key = parser.getString();
                        if (key.length() > limits.maxStringLength()) {
                            throw new Refused(Reason.STRING_TOO_LONG, where.toString(), "a name is longer than "
                                    + limits.maxStringLength() + " characters");
                        }
                        refuseNul(key, where);
                        where.key(key);
                    }
                    case END_OBJECT -> value = ((JsonObjectBuilder) builders.pop()).build();
                    case END_ARRAY -> value = ((JsonArrayBuilder) builders.pop()).build();
                    case VALUE_STRING, VALUE_NUMBER -> {
                        String s = parser.getString();
                        if (s.length() > limits.maxStringLength()) {
                            throw new Refused(Reason.STRING_TOO_LONG, where.toString(), "longer than "
                                    + limits.maxStringLength() + " characters");
                        }
                        refuseNul(s, where);
                        value = event == JsonParser.Event.VALUE_STRING ? JSON.createValue(s) : parser.getValue();
                    }
                    case VALUE_TRUE -> value = JsonValue.TRUE;
                    case VALUE_FALSE -> value = JsonValue.FALSE;
                    case VALUE_NULL -> value = JsonValue.NULL;
                    default -> throw new Refused(Reason.MALFORMED, where.toString(), "unexpected " + event);
                }
                if (value != null) {
                    if (event == JsonParser.Event.END_OBJECT || event == JsonParser.Event.END_ARRAY) {
                        where.leave();
                    }
                    if (builders.isEmpty()) {
                        result = value;
                    } else if (builders.peek() instanceof JsonObjectBuilder object) {
                        object.add(where.lastKey(), value);
                    } else {
                        ((JsonArrayBuilder) builders.peek()).add(value);
                    }
                    where.next();
                }
            }
            if (parser.hasNext()) {
                throw new Refused(Reason.MALFORMED, "", "something follows the document's value");
            }
        } catch (JsonParsingException e) {
            throw new Refused(Reason.MALFORMED, where.toString(), describe(e));
        } catch (JsonException e) {
            throw new Refused(Reason.MALFORMED, where.toString(), "not JSON");
        }
        return result;
    }

    /** PostgreSQL cannot store a NUL in text (H2 can): no name or string of outside JSON may hold one. */
    private static void refuseNul(String text, Pointer where) {
        if (text.indexOf('\u0000') >= 0) {
            throw new Refused(Reason.MALFORMED, where.toString(), "contains a NUL character");
        }
    }

    /**
     * Checks the text against the limits, then binds it to the type with a JSON-B instance of {@link #jsonb};
     * {@code null} for an empty text or {@code null}.
     *
     * @throws Refused when the text breaks a limit, is not one complete JSON value or does not bind to the type
     */
    public static <T> T bind(Jsonb jsonb, String text, Type type, Limits limits) {
        if (parse(text, limits) == null) {
            return null;
        }
        try {
            return jsonb.fromJson(text, type);
        } catch (RuntimeException e) {
            String pointer = TrackingJsonProvider.lastPointer();
            throw new Refused(Reason.NOT_BINDABLE, pointer, bindingProblem(e));
        } finally {
            TrackingJsonProvider.forget();
        }
    }

    /** {@link #bind} with the server's limits. */
    public static <T> T bind(Jsonb jsonb, String text, Class<T> type) {
        return bind(jsonb, text, (Type) type, Limits.configured());
    }

    private static String describe(JsonParsingException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("EOF") && !message.contains("Expected EOF")) {
            return "the document ends before its value does";
        }
        if (message.contains("Expected EOF")) {
            return "something follows the document's value";
        }
        return e.getLocation() == null ? "not JSON"
                : "not JSON at line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber();
    }

    /** The innermost cause, in words a caller can act on, without class names of the server. */
    static String bindingProblem(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : root.getMessage();
        if (root instanceof ArithmeticException || root instanceof NumberFormatException) {
            return "not a number of the expected size";
        }
        if (message.contains("No enum constant")) {
            return "not one of the allowed values";
        }
        if (message.contains("can not be mapped")) {
            return "unknown property";
        }
        if (message.contains("Received event")) {
            int at = message.indexOf("Received event");
            String received = message.substring(at + "Received event: ".length()).split("\\s")[0];
            return "wrong type (got " + kind(received) + ")";
        }
        return "cannot be read as the expected type";
    }

    private static String kind(String event) {
        return switch (event) {
            case "START_ARRAY" -> "an array";
            case "START_OBJECT" -> "an object";
            case "VALUE_STRING" -> "a string";
            case "VALUE_NUMBER" -> "a number";
            case "VALUE_TRUE", "VALUE_FALSE" -> "a boolean";
            case "VALUE_NULL" -> "null";
            default -> event.toLowerCase(Locale.ROOT);
        };
    }

    /** The JSON Pointer of where a streaming parser stands. */
    static final class Pointer {
        private static final Object NO_KEY = new Object(); // in an object, before its first name
        private final Deque<Object> path = new ArrayDeque<>(); // String key, or int[] {index} in an array

        void enter(boolean array) {
            path.push(array ? new int[]{-1} : NO_KEY);
            if (array) {
                next();
            }
        }

        void leave() {
            path.pop();
        }

        void key(String key) {
            path.pop();
            path.push(key);
        }

        String lastKey() {
            return path.peek() instanceof String s ? s : "";
        }

        /** After a value: the next element of an array gets the next index. */
        void next() {
            if (path.peek() instanceof int[] index) {
                index[0]++;
            }
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            var it = path.descendingIterator();
            while (it.hasNext()) {
                Object step = it.next();
                if (step == NO_KEY) {
                    continue;
                }
                sb.append('/');
                if (step instanceof int[] index) {
                    sb.append(Math.max(0, index[0]));
                } else {
                    sb.append(((String) step).replace("~", "~0").replace("/", "~1"));
                }
            }
            return sb.toString();
        }
    }
}
