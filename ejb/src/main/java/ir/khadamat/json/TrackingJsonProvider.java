package ir.khadamat.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;

import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.util.Map;

/**
 * The platform's JSON-P provider for JSON-B binding of outside input ({@link BoundedJson#jsonb}): its parsers know
 * the JSON Pointer of where they stand, so a value that does not bind is named, and read integers exactly (Parsson's
 * {@code getInt} and {@code getLong} silently wrap an overflow: 99999999999 would become 1215752191). Everything
 * else is the platform's provider's ({@link DelegatingJsonProvider}); the parser is {@link TrackingParser}.
 */
final class TrackingJsonProvider extends DelegatingJsonProvider {

    private static final ThreadLocal<TrackingParser> CURRENT = new ThreadLocal<>();

    /** The JSON Pointer of where the last parser of this thread stands ({@code ""} when there is none). */
    static String lastPointer() {
        TrackingParser t = CURRENT.get();
        return t == null ? "" : t.pointer();
    }

    static void forget() {
        CURRENT.remove();
    }

    private static JsonParser track(JsonParser parser) {
        TrackingParser t = new TrackingParser(parser);
        CURRENT.set(t);
        return t;
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
}
