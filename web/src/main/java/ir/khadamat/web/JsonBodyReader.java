package ir.khadamat.web;

import ir.khadamat.json.BoundedJson;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/**
 * Every JSON body of the REST API ({@code application/json} and {@code application/*+json}), read with limits before
 * anything binds it ({@link BoundedJson}): at most {@value BoundedJson#MAX_BYTES} bytes (413 beyond), a known charset
 * (UTF-8 by default) with no invalid bytes, one complete JSON value (truncated or trailing input refused), bounded
 * depth and string length; then bound with JSON-B, unknown properties refused. Every refusal is a 400 naming the
 * field by its JSON Pointer ({@code body} for the document as a whole). {@code JsonValue} and its kinds get the
 * parsed tree, a {@code String} the checked text; byte arrays, streams and readers are left to RESTEasy.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json", "text/json"})
public class JsonBodyReader implements MessageBodyReader<Object> {

    private final Jsonb jsonb = BoundedJson.jsonb(new JsonbConfig().withNullValues(true));

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return !(type == byte[].class || InputStream.class.isAssignableFrom(type) || Reader.class.isAssignableFrom(type)
                || File.class.isAssignableFrom(type) || type.getName().startsWith("jakarta.activation.")
                || MultivaluedMap.class.isAssignableFrom(type));
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
        BoundedJson.Limits limits = BoundedJson.Limits.configured();
        String text = decode(read(entity, limits.maxChars()), charset(mediaType));
        try {
            if (JsonValue.class.isAssignableFrom(type)) {
                JsonValue value = BoundedJson.parse(text, limits);
                if (value != null && !type.isInstance(value)) {
                    throw InputRefused.body(Response.Status.BAD_REQUEST, "body", "must be " + kind(type));
                }
                return value;
            }
            if ((Class<?>) type == String.class) {
                BoundedJson.parse(text, limits);
                return text;
            }
            return BoundedJson.bind(jsonb, text, genericType == null ? type : genericType, limits);
        } catch (BoundedJson.Refused e) {
            throw InputRefused.body(e.reason() == BoundedJson.Reason.TOO_LARGE ? Response.Status.REQUEST_ENTITY_TOO_LARGE
                    : Response.Status.BAD_REQUEST, e.pointer(), e.getMessage());
        }
    }

    /** The body's bytes, at most the limit: reading stops at the first byte beyond it. */
    static byte[] read(InputStream entity, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(limit, 8192));
        byte[] buffer = new byte[8192];
        int total = 0;
        for (int n; (n = entity.read(buffer)) != -1; ) {
            total += n;
            if (total > limit) {
                throw InputRefused.body(Response.Status.REQUEST_ENTITY_TOO_LARGE, "body",
                        "larger than " + limit + " bytes");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    static Charset charset(MediaType mediaType) {
        String name = mediaType == null ? null : mediaType.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name == null || name.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name.strip().replace("\"", ""));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw InputRefused.body(Response.Status.BAD_REQUEST, "body", "charset '" + name
                    + "' is not supported: send UTF-8");
        }
    }

    /** Strictly: invalid bytes are refused, not replaced. */
    static String decode(byte[] bytes, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            String text = chars.toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (MalformedInputException e) {
            throw InputRefused.body(Response.Status.BAD_REQUEST, "body", "not valid " + charset.name());
        } catch (CharacterCodingException e) {
            throw InputRefused.body(Response.Status.BAD_REQUEST, "body", "not valid " + charset.name());
        }
    }

    /**
     * The same reading for the body types RESTEasy has readers of its own for, declared for that very type (RESTEasy
     * prefers the reader whose declared type is closest to the parameter's, before its media type).
     */
    abstract static class Typed<T> implements MessageBodyReader<T> {
        private final JsonBodyReader reader = new JsonBodyReader();
        private final Class<T> kind;

        Typed(Class<T> kind) {
            this.kind = kind;
        }

        @Override
        public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
            return kind.isAssignableFrom(type);
        }

        @Override
        @SuppressWarnings("unchecked")
        public T readFrom(Class<T> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                          MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
            return (T) reader.readFrom((Class<Object>) (Class<?>) type, genericType, annotations, mediaType, headers, entity);
        }
    }

    /** A {@code String} body of a JSON type: checked, given as sent. */
    @Provider
    @Consumes({MediaType.APPLICATION_JSON, "application/*+json", "text/json"})
    public static class Text extends Typed<String> {
        public Text() {
            super(String.class);
        }
    }

    @Provider
    @Consumes({MediaType.APPLICATION_JSON, "application/*+json", "text/json"})
    public static class Value extends Typed<JsonValue> {
        public Value() {
            super(JsonValue.class);
        }
    }

    @Provider
    @Consumes({MediaType.APPLICATION_JSON, "application/*+json", "text/json"})
    public static class Structure extends Typed<JsonStructure> {
        public Structure() {
            super(JsonStructure.class);
        }
    }

    @Provider
    @Consumes({MediaType.APPLICATION_JSON, "application/*+json", "text/json"})
    public static class ObjectValue extends Typed<JsonObject> {
        public ObjectValue() {
            super(JsonObject.class);
        }
    }

    @Provider
    @Consumes({MediaType.APPLICATION_JSON, "application/*+json", "text/json"})
    public static class ArrayValue extends Typed<JsonArray> {
        public ArrayValue() {
            super(JsonArray.class);
        }
    }

    private static String kind(Class<?> type) {
        if (JsonObject.class.isAssignableFrom(type)) {
            return "an object";
        }
        if (JsonArray.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (JsonStructure.class.isAssignableFrom(type)) {
            return "an object or an array";
        }
        if (JsonString.class.isAssignableFrom(type)) {
            return "a string";
        }
        if (JsonNumber.class.isAssignableFrom(type)) {
            return "a number";
        }
        return "a JSON value";
    }
}
