package ir.khadamat.catalog.faces;

import ir.khadamat.catalog.CardFormJson;
import ir.khadamat.catalog.form.CardForm;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import static ir.khadamat.json.SharedJson.JSON;

/**
 * A card's form as a tree of mutable maps and lists, for the editor's inputs to bind to
 * ({@code #{cardEditor.form.details.recipients}}), and back. Every section and sub-record the editor shows is
 * present as a map; on the way back a map with nothing known in it becomes {@code null} again (unknown), while a
 * list keeps the difference between {@code null} (unknown) and empty (none).
 */
final class FormTree {

    /** The records of the form the editor shows, by their path: present as (possibly empty) maps. */
    private static final List<String> RECORDS = List.of("identification", "specification", "details",
            "details.frequency", "access", "access.information", "access.request", "access.production",
            "access.delivery", "processDiagram", "filler");

    private FormTree() {
    }

    static LinkedHashMap<String, Object> of(CardForm form) {
        LinkedHashMap<String, Object> tree = toMap(parse(CardFormJson.write(form)));
        for (String path : RECORDS) {
            LinkedHashMap<String, Object> at = tree;
            for (String name : path.split("\\.")) {
                Object child = at.get(name);
                if (!(child instanceof LinkedHashMap)) {
                    child = new LinkedHashMap<String, Object>();
                    at.put(name, child);
                }
                @SuppressWarnings("unchecked")
                LinkedHashMap<String, Object> next = (LinkedHashMap<String, Object>) child;
                at = next;
            }
        }
        return tree;
    }

    /** @throws CardFormJson.InvalidCardDocument when a value has the wrong type for its field */
    static CardForm toForm(Map<String, Object> tree) {
        JsonValue json = toJson(tree);
        return CardFormJson.read(json == JsonValue.NULL ? "{}" : json.toString());
    }

    /**
     * The stored card with only the given top-level parts of the form (a section of the editor) taken from the tree:
     * every other part stays exactly as stored. Within those parts a value the editor cannot tell from the stored one
     * stays as stored too: an untouched unknown (null) choice set or list of lines is not turned into none, a stored
     * none is not turned into unknown, a blank or unstripped text is kept. A choice set with nothing ticked that had
     * choices becomes unknown (the editor's hint: nothing ticked is stored as unknown).
     *
     * @param storedJson the card's form as stored ({@link CardFormJson#write}) when the editor read it
     * @throws CardFormJson.InvalidCardDocument when a value has the wrong type for its field
     */
    static CardForm merge(String storedJson, Map<String, Object> tree, Collection<String> parts) {
        JsonObject stored = parse(storedJson);
        JsonValue editedValue = toJson(tree);
        JsonObject edited = editedValue instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
        JsonObjectBuilder out = JSON.createObjectBuilder(stored);
        for (String part : parts) {
            out.add(part, merge(stored.getOrDefault(part, JsonValue.NULL), edited.getOrDefault(part, JsonValue.NULL),
                    componentType(CardForm.class, part)));
        }
        return CardFormJson.read(out.build().toString());
    }

    private static JsonValue merge(JsonValue stored, JsonValue edited, Type type) {
        Class<?> raw = raw(type);
        if (raw != null && raw.isRecord()
                && (stored.getValueType() == JsonValue.ValueType.OBJECT || edited.getValueType() == JsonValue.ValueType.OBJECT)) {
            JsonObject s = stored instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
            JsonObject e = edited instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
            LinkedHashSet<String> names = new LinkedHashSet<>(s.keySet());
            names.addAll(e.keySet());
            JsonObjectBuilder out = JSON.createObjectBuilder();
            boolean known = false;
            for (String name : names) {
                JsonValue v = merge(s.getOrDefault(name, JsonValue.NULL), e.getOrDefault(name, JsonValue.NULL),
                        componentType(raw, name));
                known |= v.getValueType() != JsonValue.ValueType.NULL;
                out.add(name, v);
            }
            return !known && stored.getValueType() == JsonValue.ValueType.NULL ? JsonValue.NULL : out.build();
        }
        if (raw != null && Collection.class.isAssignableFrom(raw)) {
            Class<?> element = raw(typeArgument(type));
            boolean values = element != null && (element.isEnum() || element == String.class);
            if (values && emptyOrNull(edited)) {
                return emptyOrNull(stored) ? stored : JsonValue.NULL;
            }
            return edited.equals(stored) ? stored : edited;
        }
        if (stored instanceof JsonString s) {
            if (edited.getValueType() == JsonValue.ValueType.NULL && s.getString().isBlank()
                    || edited instanceof JsonString e && e.getString().equals(s.getString().strip())) {
                return stored;
            }
        }
        return edited;
    }

    private static boolean emptyOrNull(JsonValue value) {
        return value.getValueType() == JsonValue.ValueType.NULL || value instanceof JsonArray a && a.isEmpty();
    }

    /** The declared type of a record's component, or null when the record has no such component. */
    private static Type componentType(Class<?> record, String name) {
        if (record == null || !record.isRecord()) {
            return null;
        }
        for (RecordComponent c : record.getRecordComponents()) {
            if (c.getName().equals(name)) {
                return c.getGenericType();
            }
        }
        return null;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        if (type instanceof AnnotatedType a) {
            return raw(a.getType());
        }
        return null;
    }

    private static Type typeArgument(Type type) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments().length == 1
                ? p.getActualTypeArguments()[0] : null;
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static LinkedHashMap<String, Object> toMap(JsonObject object) {
        LinkedHashMap<String, Object> map = new LinkedHashMap<>();
        object.forEach((name, value) -> map.put(name, toJava(value)));
        return map;
    }

    private static Object toJava(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> toMap(value.asJsonObject());
            case ARRAY -> {
                ArrayList<Object> list = new ArrayList<>();
                for (JsonValue v : (JsonArray) value) {
                    list.add(toJava(v));
                }
                yield list;
            }
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).isIntegral() ? (Object) ((JsonNumber) value).longValue()
                    : ((JsonNumber) value).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
        };
    }

    /** Java to JSON; maps with nothing known become null, blank strings null, lists stay lists. */
    private static JsonValue toJson(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof Map<?, ?> map) {
            JsonObjectBuilder object = JSON.createObjectBuilder();
            boolean known = false;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                JsonValue v = toJson(e.getValue());
                known |= v != JsonValue.NULL && !"formatVersion".equals(e.getKey()) && !"key".equals(e.getKey());
                object.add(String.valueOf(e.getKey()), v);
            }
            return known || map.containsKey("formatVersion") ? object.build() : JsonValue.NULL;
        }
        if (value instanceof Collection<?> || value instanceof Object[]) {
            Collection<?> items = value instanceof Object[] array ? List.of(array) : (Collection<?>) value;
            JsonArrayBuilder array = JSON.createArrayBuilder();
            for (Object item : items) {
                JsonValue v = toJson(item);
                if (v != JsonValue.NULL) {
                    array.add(v);
                }
            }
            return array.build();
        }
        if (value instanceof String s) {
            return s.isBlank() ? JsonValue.NULL : JSON.createValue(s.strip());
        }
        if (value instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Long || value instanceof Integer) {
            return JSON.createValue(((Number) value).longValue());
        }
        if (value instanceof BigDecimal d) {
            return JSON.createValue(d);
        }
        if (value instanceof Number n) {
            return JSON.createValue(n.longValue());
        }
        if (value instanceof Enum<?> e) {
            return JSON.createValue(e.name());
        }
        return JSON.createValue(value.toString());
    }
}
