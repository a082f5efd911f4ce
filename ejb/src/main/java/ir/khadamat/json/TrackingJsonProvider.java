package ir.khadamat.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonMergePatch;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonPatch;
import jakarta.json.JsonPatchBuilder;
import jakarta.json.JsonPointer;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The platform's JSON-P provider for JSON-B binding of outside input ({@link BoundedJson#jsonb}): its parsers know
 * the JSON Pointer of where they stand, so a value that does not bind is named, and read integers exactly (Parsson's
 * {@code getInt} and {@code getLong} silently wrap an overflow: 99999999999 would become 1215752191).
 */
final class TrackingJsonProvider extends JsonProvider {

    private static final ThreadLocal<Tracking> CURRENT = new ThreadLocal<>();

    private final JsonProvider delegate = JsonProvider.provider();

    static String lastPointer() {
        Tracking t = CURRENT.get();
        return t == null ? "" : t.where.toString();
    }

    static void forget() {
        CURRENT.remove();
    }

    private static JsonParser track(JsonParser parser) {
        Tracking t = new Tracking(parser);
        CURRENT.set(t);
        return t;
    }

    @Override
    public JsonParser createParser(Reader reader) {
        return track(delegate.createParser(reader));
    }

    @Override
    public JsonParser createParser(InputStream in) {
        return track(delegate.createParser(in));
    }

    @Override
    public JsonParserFactory createParserFactory(Map<String, ?> config) {
        JsonParserFactory factory = delegate.createParserFactory(config);
        return new JsonParserFactory() {
            @Override
            public JsonParser createParser(Reader reader) {
                return track(factory.createParser(reader));
            }

            @Override
            public JsonParser createParser(InputStream in) {
                return track(factory.createParser(in));
            }

            @Override
            public JsonParser createParser(InputStream in, Charset charset) {
                return track(factory.createParser(in, charset));
            }

            @Override
            public JsonParser createParser(JsonObject obj) {
                return track(factory.createParser(obj));
            }

            @Override
            public JsonParser createParser(JsonArray array) {
                return track(factory.createParser(array));
            }

            @Override
            public Map<String, ?> getConfigInUse() {
                return factory.getConfigInUse();
            }
        };
    }

    // everything else as the platform's provider does it

    @Override
    public JsonGenerator createGenerator(Writer writer) {
        return delegate.createGenerator(writer);
    }

    @Override
    public JsonGenerator createGenerator(OutputStream out) {
        return delegate.createGenerator(out);
    }

    @Override
    public JsonGeneratorFactory createGeneratorFactory(Map<String, ?> config) {
        return delegate.createGeneratorFactory(config);
    }

    @Override
    public JsonReader createReader(Reader reader) {
        return delegate.createReader(reader);
    }

    @Override
    public JsonReader createReader(InputStream in) {
        return delegate.createReader(in);
    }

    @Override
    public JsonWriter createWriter(Writer writer) {
        return delegate.createWriter(writer);
    }

    @Override
    public JsonWriter createWriter(OutputStream out) {
        return delegate.createWriter(out);
    }

    @Override
    public JsonWriterFactory createWriterFactory(Map<String, ?> config) {
        return delegate.createWriterFactory(config);
    }

    @Override
    public JsonReaderFactory createReaderFactory(Map<String, ?> config) {
        return delegate.createReaderFactory(config);
    }

    @Override
    public JsonObjectBuilder createObjectBuilder() {
        return delegate.createObjectBuilder();
    }

    @Override
    public JsonObjectBuilder createObjectBuilder(JsonObject object) {
        return delegate.createObjectBuilder(object);
    }

    @Override
    public JsonObjectBuilder createObjectBuilder(Map<String, ?> map) {
        return delegate.createObjectBuilder(map);
    }

    @Override
    public JsonArrayBuilder createArrayBuilder() {
        return delegate.createArrayBuilder();
    }

    @Override
    public JsonArrayBuilder createArrayBuilder(JsonArray array) {
        return delegate.createArrayBuilder(array);
    }

    @Override
    public JsonArrayBuilder createArrayBuilder(Collection<?> collection) {
        return delegate.createArrayBuilder(collection);
    }

    @Override
    public JsonPointer createPointer(String jsonPointer) {
        return delegate.createPointer(jsonPointer);
    }

    @Override
    public JsonPatchBuilder createPatchBuilder() {
        return delegate.createPatchBuilder();
    }

    @Override
    public JsonPatchBuilder createPatchBuilder(JsonArray array) {
        return delegate.createPatchBuilder(array);
    }

    @Override
    public JsonPatch createPatch(JsonArray array) {
        return delegate.createPatch(array);
    }

    @Override
    public JsonPatch createDiff(JsonStructure source, JsonStructure target) {
        return delegate.createDiff(source, target);
    }

    @Override
    public JsonMergePatch createMergePatch(JsonValue patch) {
        return delegate.createMergePatch(patch);
    }

    @Override
    public JsonMergePatch createMergeDiff(JsonValue source, JsonValue target) {
        return delegate.createMergeDiff(source, target);
    }

    @Override
    public JsonBuilderFactory createBuilderFactory(Map<String, ?> config) {
        return delegate.createBuilderFactory(config);
    }

    @Override
    public JsonString createValue(String value) {
        return delegate.createValue(value);
    }

    @Override
    public JsonNumber createValue(int value) {
        return delegate.createValue(value);
    }

    @Override
    public JsonNumber createValue(long value) {
        return delegate.createValue(value);
    }

    @Override
    public JsonNumber createValue(double value) {
        return delegate.createValue(value);
    }

    @Override
    public JsonNumber createValue(BigDecimal value) {
        return delegate.createValue(value);
    }

    @Override
    public JsonNumber createValue(BigInteger value) {
        return delegate.createValue(value);
    }

    @Override
    public JsonNumber createValue(Number number) {
        return delegate.createValue(number);
    }

    /** A parser that keeps the JSON Pointer of the current value and reads integers exactly. */
    private static final class Tracking implements JsonParser {
        private final JsonParser parser;
        private final BoundedJson.Pointer where = new BoundedJson.Pointer();
        private boolean valueDone;

        Tracking(JsonParser parser) {
            this.parser = parser;
        }

        @Override
        public boolean hasNext() {
            return parser.hasNext();
        }

        @Override
        public Event next() {
            if (valueDone) { // the value before this event is behind us
                where.next();
                valueDone = false;
            }
            Event event = parser.next();
            switch (event) {
                case START_OBJECT -> where.enter(false);
                case START_ARRAY -> where.enter(true);
                case KEY_NAME -> where.key(parser.getString());
                case END_OBJECT, END_ARRAY -> {
                    where.leave();
                    valueDone = true;
                }
                default -> valueDone = true;
            }
            return event;
        }

        @Override
        public Event currentEvent() {
            return parser.currentEvent();
        }

        @Override
        public String getString() {
            return parser.getString();
        }

        @Override
        public boolean isIntegralNumber() {
            return parser.isIntegralNumber();
        }

        @Override
        public int getInt() {
            return parser.getBigDecimal().intValueExact();
        }

        @Override
        public long getLong() {
            return parser.getBigDecimal().longValueExact();
        }

        @Override
        public BigDecimal getBigDecimal() {
            return parser.getBigDecimal();
        }

        @Override
        public JsonLocation getLocation() {
            return parser.getLocation();
        }

        @Override
        public JsonObject getObject() {
            JsonObject value = parser.getObject();
            where.leave();
            valueDone = true;
            return value;
        }

        @Override
        public JsonValue getValue() {
            Event at = parser.currentEvent();
            JsonValue value = parser.getValue();
            if (at == Event.START_OBJECT || at == Event.START_ARRAY) {
                where.leave();
            }
            valueDone = true;
            return value;
        }

        @Override
        public JsonArray getArray() {
            JsonArray value = parser.getArray();
            where.leave();
            valueDone = true;
            return value;
        }

        @Override
        public Stream<JsonValue> getArrayStream() {
            return parser.getArrayStream();
        }

        @Override
        public Stream<Map.Entry<String, JsonValue>> getObjectStream() {
            return parser.getObjectStream();
        }

        @Override
        public Stream<JsonValue> getValueStream() {
            return parser.getValueStream();
        }

        @Override
        public void skipArray() {
            skip(Event.START_ARRAY);
        }

        @Override
        public void skipObject() {
            skip(Event.START_OBJECT);
        }

        /** By events, which end at the end of the input (Parsson's own skip does not: parsson#23). */
        private void skip(Event start) {
            if (parser.currentEvent() != start) {
                return;
            }
            int depth = 1;
            while (depth > 0) {
                Event e = next();
                if (e == Event.START_OBJECT || e == Event.START_ARRAY) {
                    depth++;
                } else if (e == Event.END_OBJECT || e == Event.END_ARRAY) {
                    depth--;
                }
            }
        }

        @Override
        public void close() {
            parser.close();
        }
    }
}
