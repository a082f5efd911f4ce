package ir.khadamat.integration;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static ir.khadamat.json.SharedJson.JSON;

/**
 * What partners are sent and answer, named values, as the JSON objects they travel and are logged as: null values
 * left out one way, values other than strings kept as their JSON text the other.
 */
public final class ExchangeValues {

    private ExchangeValues() {
    }

    public static JsonObject json(Map<String, String> values) {
        JsonObjectBuilder o = JSON.createObjectBuilder();
        values.forEach((k, v) -> {
            if (v != null) {
                o.add(k, v);
            }
        });
        return o.build();
    }

    public static Map<String, String> values(JsonObject o) {
        Map<String, String> values = new LinkedHashMap<>();
        if (o != null) {
            o.forEach((k, v) -> values.put(k, v instanceof JsonString s ? s.getString() : v.toString()));
        }
        return values;
    }

    /**
     * What a partner answered, as named values: the values of its logged answer without the partner and operation it
     * names (the exchange says those already); none for no answer or one that is not a JSON object.
     */
    public static Map<String, String> answer(String json) {
        if (json == null || !json.strip().startsWith("{")) {
            return new LinkedHashMap<>(); // no answer, or a failure logged in words
        }
        try {
            Map<String, String> answer = values(json);
            answer.keySet().removeAll(Set.of("partner", "operation"));
            return answer;
        } catch (JsonException e) {
            return new LinkedHashMap<>();
        }
    }

    /** The values of a logged or stored JSON object (none for null or blank). */
    public static Map<String, String> values(String json) {
        return json == null || json.isBlank() ? new LinkedHashMap<>()
                : values(JSON.createReader(new StringReader(json)).readObject());
    }
}
