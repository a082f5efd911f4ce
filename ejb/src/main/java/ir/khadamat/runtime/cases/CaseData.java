package ir.khadamat.runtime.cases;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

import static ir.khadamat.json.SharedJson.JSON;

/**
 * What a case collected, step by step: a JSON object with one member per step done, each the values of that
 * step's fields (or what an automatic step brought back: an inquiry's answer, a payment's receipt).
 */
public final class CaseData {

    private final LinkedHashMap<String, JsonObject> steps = new LinkedHashMap<>();

    private CaseData() {
    }

    public static CaseData read(String json) {
        CaseData data = new CaseData();
        try (JsonReader reader = JSON.createReader(new StringReader(json == null || json.isBlank() ? "{}" : json))) {
            reader.readObject().forEach((step, values) -> data.steps.put(step, values.asJsonObject()));
        }
        return data;
    }

    public CaseData put(String step, Map<String, String> values) {
        JsonObjectBuilder object = JSON.createObjectBuilder();
        values.forEach((k, v) -> {
            if (v == null) {
                object.addNull(k);
            } else {
                object.add(k, v);
            }
        });
        steps.put(step, object.build());
        return this;
    }

    public JsonObject step(String step) {
        return steps.getOrDefault(step, JsonValue.EMPTY_JSON_OBJECT);
    }

    /** A field's value as text, from the latest step that has it; null if no step has. */
    public String value(String field) {
        String found = null;
        for (JsonObject values : steps.values()) {
            JsonValue v = values.get(field);
            if (v != null && v.getValueType() != JsonValue.ValueType.NULL) {
                found = v instanceof JsonString s ? s.getString() : v.toString();
            }
        }
        return found;
    }

    public Map<String, JsonObject> steps() {
        return steps;
    }

    public String write() {
        JsonObjectBuilder all = JSON.createObjectBuilder();
        steps.forEach(all::add);
        return all.build().toString();
    }
}
