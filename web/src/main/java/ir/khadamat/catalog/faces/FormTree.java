package ir.khadamat.catalog.faces;

import ir.khadamat.catalog.CardFormJson;
import ir.khadamat.catalog.form.CardForm;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
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
            JsonObjectBuilder object = Json.createObjectBuilder();
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
            JsonArrayBuilder array = Json.createArrayBuilder();
            for (Object item : items) {
                JsonValue v = toJson(item);
                if (v != JsonValue.NULL) {
                    array.add(v);
                }
            }
            return array.build();
        }
        if (value instanceof String s) {
            return s.isBlank() ? JsonValue.NULL : Json.createValue(s.strip());
        }
        if (value instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Long || value instanceof Integer) {
            return Json.createValue(((Number) value).longValue());
        }
        if (value instanceof BigDecimal d) {
            return Json.createValue(d);
        }
        if (value instanceof Number n) {
            return Json.createValue(n.longValue());
        }
        if (value instanceof Enum<?> e) {
            return Json.createValue(e.name());
        }
        return Json.createValue(value.toString());
    }
}
