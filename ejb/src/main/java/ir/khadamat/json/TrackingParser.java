package ir.khadamat.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Stream;

/** A parser that keeps the JSON Pointer of the current value and reads integers exactly. */
final class TrackingParser implements JsonParser {
    private final JsonParser parser;
    private final BoundedJson.Pointer where = new BoundedJson.Pointer();
    private boolean valueDone;

    TrackingParser(JsonParser parser) {
        this.parser = parser;
    }

    /** The JSON Pointer of the value the parser stands at (or has just read). */
    String pointer() {
        return where.toString();
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
