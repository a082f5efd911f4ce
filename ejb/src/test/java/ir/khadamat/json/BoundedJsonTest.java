package ir.khadamat.json;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbConfig;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The limited reading of outside JSON: limits before binding, every refusal named. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class BoundedJsonTest {

    public enum Kind { VISIT, CALL }

    public record Inner(int n, Kind kind) {
    }

    public record Body(String name, int count, Long big, Kind kind, Inner inner, List<Inner> items,
                       Map<String, String> values) {
    }

    private static final BoundedJson.Limits LIMITS = new BoundedJson.Limits(10_000, 16, 100);
    private static final Jsonb JSONB = BoundedJson.jsonb(new JsonbConfig().withNullValues(true));

    private static BoundedJson.Refused refused(String json) {
        return assertThrows(BoundedJson.Refused.class, () -> BoundedJson.bind(JSONB, json, (Type) Body.class, LIMITS));
    }

    private static Body bind(String json) {
        return BoundedJson.bind(JSONB, json, (Type) Body.class, LIMITS);
    }

    @Test
    void anUnknownPropertyWithAnUnclosedObjectEndsAtOnce() {
        // Parsson's skip would spin here for good (parsson#23)
        BoundedJson.Refused e = refused("{\"a\":{");
        assertEquals(BoundedJson.Reason.MALFORMED, e.reason());
        e = refused("{\"a\":[");
        assertEquals(BoundedJson.Reason.MALFORMED, e.reason());
    }

    @Test
    void aNulInANameOrStringIsRefusedNamingWhere() {
        // PostgreSQL cannot store it; refused here rather than failing there
        BoundedJson.Refused e = refused("{\"name\":\"a\\u0000b\"}");
        assertEquals(BoundedJson.Reason.MALFORMED, e.reason());
        assertEquals("/name", e.pointer());
        assertEquals(BoundedJson.Reason.MALFORMED, refused("{\"a\\u0000\":1}").reason());
    }

    @Test
    void truncatedAndTrailingInputAreRefused() {
        assertEquals(BoundedJson.Reason.MALFORMED, refused("{\"name\":\"x\"").reason());
        assertEquals(BoundedJson.Reason.MALFORMED, refused("{\"name\":\"x").reason());
        assertEquals(BoundedJson.Reason.MALFORMED, refused("{\"name\":\"x\"} {}").reason());
        assertEquals(BoundedJson.Reason.MALFORMED, refused("{} x").reason());
        assertEquals(BoundedJson.Reason.MALFORMED, refused("{\"name\":}").reason());
    }

    @Test
    void deepNestingIsRefusedBeforeBinding() {
        BoundedJson.Refused e = refused("[".repeat(10_000));
        assertEquals(BoundedJson.Reason.TOO_DEEP, e.reason());
        e = refused("{\"values\":" + "{\"a\":".repeat(20) + "1" + "}".repeat(21));
        assertEquals(BoundedJson.Reason.TOO_DEEP, e.reason());
    }

    @Test
    void longStringsAndLongDocumentsAreRefused() {
        BoundedJson.Refused e = refused("{\"name\":\"" + "x".repeat(101) + "\"}");
        assertEquals(BoundedJson.Reason.STRING_TOO_LONG, e.reason());
        assertEquals("/name", e.pointer());
        e = refused("{\"" + "k".repeat(101) + "\":1}");
        assertEquals(BoundedJson.Reason.STRING_TOO_LONG, e.reason());
        e = refused("{\"name\":\"x\"}" + " ".repeat(10_000));
        assertEquals(BoundedJson.Reason.TOO_LARGE, e.reason());
    }

    @Test
    void unknownPropertiesAreRefusedByName() {
        BoundedJson.Refused e = refused("{\"name\":\"x\",\"colour\":1}");
        assertEquals(BoundedJson.Reason.NOT_BINDABLE, e.reason());
        assertEquals("/colour", e.pointer());
        e = refused("{\"inner\":{\"zz\":1}}");
        assertEquals("/inner/zz", e.pointer());
    }

    @Test
    void wrongTypesNameTheirField() {
        BoundedJson.Refused e = refused("[]");
        assertEquals(BoundedJson.Reason.NOT_BINDABLE, e.reason());
        assertEquals("", e.pointer());
        assertEquals("/count", refused("{\"count\":\"many\"}").pointer());
        assertEquals("/inner", refused("{\"inner\":[]}").pointer());
        assertEquals("/name", refused("{\"name\":{}}").pointer());
        Type listOfStrings = new ArrayList<String>() { }.getClass().getGenericSuperclass();
        assertEquals(BoundedJson.Reason.NOT_BINDABLE, assertThrows(BoundedJson.Refused.class,
                () -> BoundedJson.bind(JSONB, "{\"a\":1}", listOfStrings, LIMITS)).reason(), "an object for a list");
        assertEquals(List.of("x"), BoundedJson.bind(JSONB, "[\"x\"]", listOfStrings, LIMITS));
        assertEquals("/items/1/n", refused("{\"items\":[{\"n\":1},{\"n\":\"x\"}]}").pointer());
        assertEquals("/values/b", refused("{\"values\":{\"a\":\"1\",\"b\":[]}}").pointer());
    }

    @Test
    void overflowingIntegersAreRefusedNotWrapped() {
        BoundedJson.Refused e = refused("{\"count\":99999999999}");
        assertEquals(BoundedJson.Reason.NOT_BINDABLE, e.reason());
        assertEquals("/count", e.pointer());
        assertEquals("/big", refused("{\"big\":99999999999999999999999}").pointer());
        assertEquals("/count", refused("{\"count\":1.5}").pointer());
        assertEquals(2147483647, bind("{\"count\":2147483647}").count());
    }

    @Test
    void unknownEnumValuesNameTheirField() {
        assertEquals("/kind", refused("{\"kind\":\"FLY\"}").pointer());
        assertEquals("/items/0/kind", refused("{\"items\":[{\"kind\":\"FLY\"}]}").pointer());
    }

    @Test
    void aGoodBodyBinds() {
        Body b = bind("{\"name\":\"ملاقات\",\"count\":3,\"big\":12345678901,\"kind\":\"VISIT\","
                + "\"inner\":{\"n\":1,\"kind\":\"CALL\"},\"items\":[{\"n\":2}],\"values\":{\"a\":\"b\"}}");
        assertEquals("ملاقات", b.name());
        assertEquals(3, b.count());
        assertEquals(12345678901L, b.big());
        assertEquals(Kind.CALL, b.inner().kind());
        assertEquals(2, b.items().get(0).n());
        assertEquals("b", b.values().get("a"));
    }

    @Test
    void emptyAndNullBodiesAreNull() {
        assertNull(bind(""));
        assertNull(bind("  \n"));
        assertNull(bind("null"));
    }

    @Test
    void parseGivesTheTree() {
        JsonValue v = BoundedJson.parse("{\"a\":[1,{\"b\":null}],\"c\":\"d\"}", LIMITS);
        JsonObject o = v.asJsonObject();
        assertEquals(1, o.getJsonArray("a").getInt(0));
        assertEquals(JsonValue.NULL, o.getJsonArray("a").getJsonObject(1).get("b"));
        assertEquals("d", o.getString("c"));
        assertEquals(JsonValue.TRUE, BoundedJson.parse("true", LIMITS));
    }

    @Test
    void theRefusalPointsWhereTheParserStopped() {
        BoundedJson.Refused e = assertThrows(BoundedJson.Refused.class,
                () -> BoundedJson.parse("{\"a\":[1,2,{\"b\":tru}]}", LIMITS));
        assertEquals("/a/2/b", e.pointer());
    }
}
