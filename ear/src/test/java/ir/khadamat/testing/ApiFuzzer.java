package ir.khadamat.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Sends hostile input to every operation of the application's own OpenAPI document, anonymously and as each demo
 * role, and collects every answer that breaks the rules of the house: a 5xx, a 4xx that is not problem+JSON, a
 * 400 to a bad field or parameter that names neither, an answer slower than two seconds.
 * <p>
 * Deterministic: the same seed sends the same requests in the same order. Each identity gets every light case
 * (bad path and query values, broken bodies); the heavy cases (per-field values, huge, deep and oversized bodies,
 * wrong content types) go to the first identity the operation lets in, and to anonymous callers for public
 * operations — a body refused at the door costs nothing to test again.
 */
public final class ApiFuzzer {

    /** The signed-in roles of the demonstration (UserBootstrap; README.md), one user of each. */
    public static final List<String> ROLES = List.of("reviewer", "hq-admin", "sysadmin", "tehran-admin", "tehran-staff");

    static final long SLOW_MILLIS = 2000;
    /** More than any body limit the application has (10 MB for JSON). */
    static final int OVERSIZED = 10 * 1024 * 1024 + 1024;
    /** One byte more than the 5 MB a document may have. */
    static final int DOCUMENT_OVER = 5 * 1024 * 1024 + 1;
    static final int HUGE = 250_000;
    /** Light cases each identity but the heavy one gets per operation (a seeded sample). */
    static final int LIGHT_SAMPLE = 3;
    /** Per-field cases per operation at most (the named kinds first). */
    static final int FIELD_CASES = 40;
    private static final Pattern PRIORITY = Pattern.compile(
            "check digit|8 digits|Persian|25 digits|month 13|day 32|Gregorian|amount|over its|250,000");

    private final String base;
    private final Random random;
    /** Values of path parameters that reach real things (a card, a case, its step). */
    private final Map<String, String> known;
    private final Map<String, HttpClient> clients = new LinkedHashMap<>();
    private final Map<Integer, Integer> byStatus = new TreeMap<>();
    private final List<String> offences = new ArrayList<>();

    /** Per operation, the statuses it answered that its document does not list. */
    private final Map<String, Set<Integer>> undocumented = new TreeMap<>();
    /** The operation whose cases are being sent. */
    private Operation current;

    private int requests;
    private long slowest;
    private String slowestRequest = "";

    public ApiFuzzer(String base, long seed, Map<String, String> known) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.random = new Random(seed);
        this.known = known;
    }

    /** One hostile request: what it breaks (for the report) and whether it is aimed at a named field/parameter. */
    record Case(String what, String method, String path, String contentType, byte[] body, String target,
                Map<String, String> headers) {
    }

    /**
     * An operation of the document: its parameters and bodies, the statuses it documents, and whether it documents
     * that it needs a sign-in (no anonymous alternative among its security requirements).
     */
    public record Operation(String method, String template, List<JsonObject> parameters, Map<String, JsonObject> bodies,
                            Set<String> documented, boolean needsSignIn) {
        String name() {
            return method + " " + template;
        }

        boolean documents(int status) {
            return documented.contains(String.valueOf(status)) || documented.contains(status / 100 + "XX")
                    || documented.contains("default");
        }
    }

    // ---------------------------------------------------------------------------------------------- the run

    public void run(JsonObject openapi) {
        clients.put("anonymous", HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build());
        for (String role : ROLES) {
            clients.put(role, signIn(role));
        }
        JsonObject schemas = openapi.getJsonObject("components") == null ? JsonValue.EMPTY_JSON_OBJECT
                : openapi.getJsonObject("components").getJsonObject("schemas");
        List<Operation> operations = operations(openapi);
        for (Operation op : operations) {
            System.out.println("fuzz: " + op.name() + " (" + requests + " requests so far)");
            current = op;
            String heavy = null;
            for (String identity : clients.keySet()) {
                Reply plain = send(identity, baseCase(op, schemas));
                boolean admitted = plain.status != 401 && plain.status != 403;
                if (heavy == null && admitted) {
                    heavy = identity;
                }
                List<Case> light = lightCases(op, schemas);
                if (!identity.equals(heavy)) {
                    // the other identities: a seeded sample, so that over the run each meets each kind of input
                    Collections.shuffle(light, random);
                    light = light.subList(0, Math.min(LIGHT_SAMPLE, light.size()));
                }
                for (Case c : light) {
                    send(identity, c);
                }
                if (identity.equals(heavy)) {
                    for (Case c : heavyCases(op, schemas)) {
                        send(identity, c);
                    }
                }
            }
        }
    }

    public int requests() {
        return requests;
    }

    public List<String> offences() {
        return offences;
    }

    /** Each operation that answered a status its document does not list, with those statuses. */
    public Map<String, Set<Integer>> undocumented() {
        return undocumented;
    }

    public String summary() {
        return requests + " requests, by status " + byStatus + "; slowest " + slowest + " ms (" + slowestRequest + ")";
    }

    // ------------------------------------------------------------------------------------------ the document

    public static List<Operation> operations(JsonObject openapi) {
        List<Operation> ops = new ArrayList<>();
        JsonObject paths = openapi.getJsonObject("paths");
        for (String path : new TreeMap<>(paths).keySet()) {
            JsonObject item = paths.getJsonObject(path);
            List<JsonObject> shared = item.containsKey("parameters")
                    ? item.getJsonArray("parameters").getValuesAs(JsonObject.class) : List.of();
            for (String method : List.of("get", "post", "put", "delete", "patch")) {
                if (!item.containsKey(method)) {
                    continue;
                }
                JsonObject op = item.getJsonObject(method);
                List<JsonObject> parameters = new ArrayList<>(shared);
                if (op.containsKey("parameters")) {
                    parameters.addAll(op.getJsonArray("parameters").getValuesAs(JsonObject.class));
                }
                Map<String, JsonObject> bodies = new LinkedHashMap<>();
                if (op.containsKey("requestBody")) {
                    JsonObject content = op.getJsonObject("requestBody").getJsonObject("content");
                    for (String type : content.keySet()) {
                        JsonObject media = content.getJsonObject(type);
                        bodies.put(type, media.containsKey("schema") ? media.getJsonObject("schema") : JsonValue.EMPTY_JSON_OBJECT);
                    }
                }
                Set<String> documented = op.containsKey("responses") ? op.getJsonObject("responses").keySet() : Set.of();
                boolean needsSignIn = op.containsKey("security") && !op.getJsonArray("security").isEmpty()
                        && op.getJsonArray("security").getValuesAs(JsonObject.class).stream().noneMatch(JsonObject::isEmpty);
                ops.add(new Operation(method.toUpperCase(Locale.ROOT), path, parameters, bodies, Set.copyOf(documented),
                        needsSignIn));
            }
        }
        return ops;
    }

    private static JsonObject resolve(JsonObject schema, JsonObject schemas) {
        int hops = 0;
        while (schema != null && schema.containsKey("$ref") && hops++ < 10) {
            String ref = schema.getString("$ref");
            schema = schemas.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return schema == null ? JsonValue.EMPTY_JSON_OBJECT : schema;
    }

    private static String type(JsonObject schema) {
        return schema.containsKey("type") && schema.get("type") instanceof JsonString s ? s.getString()
                : schema.containsKey("enum") ? "string" : schema.containsKey("properties") ? "object" : "string";
    }

    // ------------------------------------------------------------------------------------ plausible values

    /** A plausible value of a parameter or field, by its name and type (the base the cases spoil one piece of). */
    private String plain(String name, JsonObject schema) {
        String n = name.toLowerCase(Locale.ROOT);
        String type = type(schema);
        if (known.containsKey(name) && type.equals("string")) {
            return known.get(name);
        }
        if (type.equals("integer") || type.equals("number")) {
            return "1";
        }
        if (type.equals("boolean")) {
            return "false";
        }
        if (schema.containsKey("enum")) {
            return schema.getJsonArray("enum").getString(0);
        }
        if (n.contains("nationalcode")) {
            return "0499370899";
        }
        if (n.contains("mobile")) {
            return "09121234567";
        }
        if (n.contains("date") || n.equals("day") || n.equals("from")) {
            return "1404/08/01";
        }
        if ("date-time".equals(schema.getString("format", ""))) {
            return "2026-12-01T10:00:00Z";
        }
        if (n.equals("key") || n.equals("cardkey") || n.equals("card")) {
            return known.getOrDefault("key", "fuzz-card");
        }
        return "fuzz";
    }

    private JsonValue plainJson(String name, JsonObject schema, JsonObject schemas, int depth) {
        schema = resolve(schema, schemas);
        String type = type(schema);
        switch (type) {
            case "object" -> {
                JsonObjectBuilder o = Json.createObjectBuilder();
                if (depth < 6 && schema.containsKey("properties")) {
                    JsonObject props = schema.getJsonObject("properties");
                    for (String p : props.keySet()) {
                        o.add(p, plainJson(p, props.getJsonObject(p), schemas, depth + 1));
                    }
                } else if (schema.containsKey("additionalProperties")) {
                    o.add("nationalCode", "0499370899").add("note", "fuzz");
                }
                return o.build();
            }
            case "array" -> {
                JsonArrayBuilder a = Json.createArrayBuilder();
                if (depth < 6 && schema.containsKey("items")) {
                    a.add(plainJson(name, schema.getJsonObject("items"), schemas, depth + 1));
                }
                return a.build();
            }
            case "integer", "number" -> {
                return Json.createValue(1);
            }
            case "boolean" -> {
                return JsonValue.FALSE;
            }
            default -> {
                return Json.createValue(plain(name, schema));
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- cases

    private Case baseCase(Operation op, JsonObject schemas) {
        return request(op, "a plain request", Map.of(), null, schemas, null);
    }

    /** The request with the given parameters replaced (raw, already percent-encoded) and the given body. */
    private Case request(Operation op, String what, Map<String, String> raw, Body body, JsonObject schemas, String target) {
        String path = op.template();
        StringBuilder query = new StringBuilder();
        Map<String, String> headers = new LinkedHashMap<>();
        for (JsonObject p : op.parameters()) {
            String name = p.getString("name");
            String in = p.getString("in");
            String value = raw.containsKey(name) ? raw.get(name)
                    : Http.encode(plain(name, p.containsKey("schema") ? resolve(p.getJsonObject("schema"), schemas) : JsonValue.EMPTY_JSON_OBJECT));
            switch (in) {
                case "path" -> path = path.replace("{" + name + "}", value.isEmpty() && !raw.containsKey(name) ? "x" : value);
                case "query" -> query.append(query.isEmpty() ? "?" : "&").append(Http.encode(name)).append('=').append(value);
                case "header" -> headers.put(name, raw.containsKey(name) ? raw.get(name) : "fuzz");
                default -> { }
            }
        }
        Body b = body != null ? body : plainBody(op, schemas);
        return new Case(what, op.method(), path + query, b == null ? null : b.type, b == null ? null : b.bytes, target, headers);
    }

    record Body(String type, byte[] bytes) {
        static Body json(String text) {
            return new Body("application/json", text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private Body plainBody(Operation op, JsonObject schemas) {
        if (op.bodies().isEmpty()) {
            return op.method().equals("GET") ? null : new Body(null, new byte[0]);
        }
        if (op.bodies().containsKey("application/json")) {
            return Body.json(plainJson("body", op.bodies().get("application/json"), schemas, 0).toString());
        }
        String type = op.bodies().keySet().iterator().next();
        return new Body(type.equals("*/*") ? "application/pdf" : type, "%PDF-1.4 fuzz".getBytes(StandardCharsets.UTF_8));
    }

    /** Bad path and query values, and broken bodies: for every identity. */
    private List<Case> lightCases(Operation op, JsonObject schemas) {
        List<Case> cases = new ArrayList<>();
        for (JsonObject p : op.parameters()) {
            String in = p.getString("in");
            if (!in.equals("path") && !in.equals("query")) {
                continue;
            }
            String name = p.getString("name");
            JsonObject schema = p.containsKey("schema") ? resolve(p.getJsonObject("schema"), schemas) : JsonValue.EMPTY_JSON_OBJECT;
            List<String[]> values = badParameterValues(name, schema, in.equals("path"));
            for (String[] v : values) {
                cases.add(request(op, in + " " + name + "=" + v[0], Map.of(name, v[1]), null, schemas,
                        in.equals("query") ? name : null));
            }
        }
        if (op.bodies().containsKey("application/json")) {
            String plain = plainJson("body", op.bodies().get("application/json"), schemas, 0).toString();
            List<String[]> bodies = List.of(
                    new String[]{"an empty body", ""},
                    new String[]{"the body null", "null"},
                    new String[]{"an array for the body", "[]"},
                    new String[]{"the body truncated", plain.substring(0, Math.max(1, plain.length() / 2))},
                    new String[]{"an unclosed unknown object", "{\"a\":{"},
                    new String[]{"an unclosed unknown array", "{\"fuzz\":[1,"},
                    new String[]{"trailing input", plain + "{}"});
            for (String[] b : bodies) {
                cases.add(request(op, b[0], Map.of(), Body.json(b[1]), schemas, null));
            }
        }
        return cases;
    }

    private List<String[]> badParameterValues(String name, JsonObject schema, boolean inPath) {
        List<String[]> v = new ArrayList<>();
        String type = type(schema);
        String n = name.toLowerCase(Locale.ROOT);
        if (type.equals("integer") || type.equals("number") || n.equals("page") || n.equals("size")
                || n.equals("max") || n.equals("first") || n.equals("days") || n.equals("year")) {
            v.add(new String[]{"non-numeric", "abc"});
            v.add(new String[]{"negative", "-1"});
            v.add(new String[]{"huge", "99999999999999999999"});
            v.add(new String[]{"beyond int", "2147483648"});
            v.add(new String[]{"the largest int", "2147483647"});
            v.add(new String[]{"a fraction", "1.5"});
            v.add(new String[]{"Persian digits", Http.encode("۱۲")});
        } else if (type.equals("boolean")) {
            v.add(new String[]{"not a boolean", "maybe"});
        } else {
            v.add(new String[]{"a 10,000-char string", "a".repeat(10_000)});
            v.add(new String[]{"script", Http.encode("<script>alert(1)</script>'\"")});
            v.add(new String[]{"path traversal", Http.encode("../../etc/passwd")});
        }
        v.add(new String[]{"invalid UTF-8 %C3%28", "%C3%28"});
        v.add(new String[]{"invalid UTF-8 %FF%FE", "%FF%FE"});
        v.add(new String[]{"a lone surrogate %ED%A0%80", "%ED%A0%80"});
        v.add(new String[]{"a NUL %00", "%00"});
        if (!inPath) {
            v.add(new String[]{"empty", ""});
        }
        if (n.contains("date") || n.equals("from") || n.equals("day")) {
            v.add(new String[]{"month 13", Http.encode("1404/13/01")});
            v.add(new String[]{"Gregorian", Http.encode("2026/12/01")});
        }
        return v;
    }

    /** A field of a body's schema: its path (for the report), its name, its schema, where to put a value. */
    record FieldAt(String path, String name, JsonObject schema, Function<JsonValue, JsonValue> put) {
    }

    private void fields(JsonObject schema, JsonObject schemas, JsonValue plain, String path,
                        Function<JsonValue, JsonValue> put, List<FieldAt> out, int depth) {
        schema = resolve(schema, schemas);
        if (depth > 4 || !(plain instanceof JsonObject object) || !schema.containsKey("properties")) {
            return;
        }
        JsonObject props = schema.getJsonObject("properties");
        for (String p : props.keySet()) {
            JsonObject ps = resolve(props.getJsonObject(p), schemas);
            String at = path.isEmpty() ? p : path + "." + p;
            Function<JsonValue, JsonValue> here = value -> put.apply(Json.createObjectBuilder(object).add(p, value).build());
            out.add(new FieldAt(at, p, ps, here));
            JsonValue inner = object.get(p);
            if (type(ps).equals("object")) {
                fields(ps, schemas, inner, at, here, out, depth + 1);
            } else if (type(ps).equals("array") && inner instanceof JsonArray array && !array.isEmpty()) {
                JsonObject items = ps.containsKey("items") ? ps.getJsonObject("items") : JsonValue.EMPTY_JSON_OBJECT;
                fields(items, schemas, array.get(0), at + "[0]",
                        value -> here.apply(Json.createArrayBuilder(array).set(0, value).build()), out, depth + 1);
            } else if (ps.containsKey("additionalProperties") && inner instanceof JsonObject map) {
                for (String key : List.of("nationalCode", "note")) {
                    out.add(new FieldAt(at + "." + key, key, JsonValue.EMPTY_JSON_OBJECT,
                            value -> here.apply(Json.createObjectBuilder(map).add(key, value).build())));
                }
            }
        }
    }

    /** Values for one field, by its type and name. */
    private List<Map.Entry<String, JsonValue>> badFieldValues(FieldAt f) {
        List<Map.Entry<String, JsonValue>> v = new ArrayList<>();
        String type = type(f.schema());
        String n = f.name().toLowerCase(Locale.ROOT);
        switch (type) {
            case "integer", "number" -> {
                v.add(Map.entry("a string for a number", Json.createValue("abc")));
                v.add(Map.entry("negative", Json.createValue(-1)));
                v.add(Map.entry("beyond long", Json.createValue(new BigInteger("99999999999999999999999"))));
                v.add(Map.entry("1e400", Json.createValue(new BigDecimal("1e400"))));
            }
            case "boolean" -> v.add(Map.entry("a string for a boolean", Json.createValue("yes")));
            case "array" -> {
                v.add(Map.entry("an object for an array", JsonValue.EMPTY_JSON_OBJECT));
                v.add(Map.entry("an array of 100,000 items", bigArray()));
            }
            case "object" -> v.add(Map.entry("a string for an object", Json.createValue("x")));
            default -> {
                v.add(Map.entry("a number for a string", Json.createValue(123)));
                v.add(Map.entry("an object for a string", JsonValue.EMPTY_JSON_OBJECT));
                v.add(Map.entry("a 250,000-char string", Json.createValue("ب".repeat(HUGE))));
                v.add(Map.entry("a 1,001-char string", Json.createValue("x".repeat(1001))));
                if (f.schema().containsKey("maxLength")) {
                    int max = f.schema().getInt("maxLength");
                    v.add(Map.entry("one char over its " + max, Json.createValue("x".repeat(max + 1))));
                }
                if (f.schema().containsKey("enum")) {
                    v.add(Map.entry("an unknown enum value", Json.createValue("NO_SUCH_VALUE")));
                }
                if (n.contains("nationalcode")) {
                    v.add(Map.entry("a wrong check digit", Json.createValue("0499370898")));
                    v.add(Map.entry("8 digits", Json.createValue("04993708")));
                    v.add(Map.entry("Persian digits, wrong check", Json.createValue("۰۴۹۹۳۷۰۸۹۸")));
                    v.add(Map.entry("11 digits", Json.createValue("04993708990")));
                }
                if (n.contains("mobile") || n.contains("phone")) {
                    v.add(Map.entry("25 digits", Json.createValue("0912345678901234567890123")));
                    v.add(Map.entry("letters", Json.createValue("abc")));
                }
                if (n.contains("date") || n.equals("day") || n.equals("from")) {
                    v.add(Map.entry("month 13", Json.createValue("1404/13/01")));
                    v.add(Map.entry("day 32", Json.createValue("۱۴۰۴/۰۸/۳۲")));
                    v.add(Map.entry("Gregorian", Json.createValue("2026/12/01")));
                    v.add(Map.entry("not a date", Json.createValue("yesterday")));
                }
                if ("date-time".equals(f.schema().getString("format", ""))) {
                    v.add(Map.entry("not a time", Json.createValue("2026-13-45T99:00:00Z")));
                }
                if (n.contains("amount") || n.contains("fee") || n.contains("rials")) {
                    v.add(Map.entry("a negative amount", Json.createValue("-1")));
                    v.add(Map.entry("an overflowing amount", Json.createValue("99999999999999999999999")));
                }
            }
        }
        v.add(Map.entry("null", JsonValue.NULL));
        return v;
    }

    private static JsonValue bigArray() {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (int i = 0; i < 100_000; i++) {
            a.add(i);
        }
        return a.build();
    }

    /** Per-field values, oversized, deep, invalid-UTF-8 bodies and wrong content types: once per operation. */
    private List<Case> heavyCases(Operation op, JsonObject schemas) {
        List<Case> cases = new ArrayList<>();
        if (op.bodies().containsKey("application/json")) {
            JsonObject schema = op.bodies().get("application/json");
            JsonValue plain = plainJson("body", schema, schemas, 0);
            String text = plain.toString();
            List<FieldAt> fields = new ArrayList<>();
            fields(schema, schemas, plain, "", Function.identity(), fields, 0);
            // every field's named kinds (national codes, dates, mobiles, amounts, one over its length, 250,000
            // chars), then a seeded sample of the rest, up to FIELD_CASES an operation
            List<Case> named = new ArrayList<>();
            List<Case> rest = new ArrayList<>();
            for (FieldAt f : fields) {
                for (Map.Entry<String, JsonValue> bad : badFieldValues(f)) {
                    Case c = request(op, "field " + f.path() + ": " + bad.getKey(), Map.of(),
                            Body.json(f.put().apply(bad.getValue()).toString()), schemas, f.name());
                    (PRIORITY.matcher(bad.getKey()).find() ? named : rest).add(c);
                }
            }
            Collections.shuffle(named, random);
            Collections.shuffle(rest, random);
            named.addAll(rest);
            cases.addAll(named.subList(0, Math.min(FIELD_CASES, named.size())));
            String nested = "[".repeat(100_000) + "]".repeat(100_000);
            cases.add(request(op, "a body nested 100,000 deep", Map.of(), Body.json(nested), schemas, null));
            cases.add(request(op, "a property nested 5,000 deep", Map.of(),
                    Body.json("{\"fuzz\":" + "{\"a\":".repeat(5000) + "1" + "}".repeat(5001)), schemas, null));
            cases.add(request(op, "an oversized body (" + OVERSIZED + " bytes)", Map.of(),
                    Body.json("{\"fuzz\":\"" + "x".repeat(OVERSIZED) + "\"}"), schemas, null));
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            byte[] broken = invalidUtf8(utf8);
            cases.add(request(op, "invalid UTF-8 bytes in a string", Map.of(), new Body("application/json", broken), schemas, null));
            cases.add(request(op, "a body of random bytes", Map.of(), new Body("application/json", randomBytes(2000)), schemas, null));
            for (String type : List.of("text/plain", "garbage", "application/json; charset=foo",
                    "application/json; charset=UTF-16", "application/xml", "application/x-www-form-urlencoded",
                    "multipart/form-data; boundary=x")) {
                cases.add(request(op, "Content-Type: " + type, Map.of(), new Body(type, utf8), schemas, null));
            }
            cases.add(request(op, "no Content-Type", Map.of(), new Body(null, utf8), schemas, null));
        } else if (!op.bodies().isEmpty()) {
            // a file or a text body
            String type = op.bodies().keySet().iterator().next();
            String sent = type.equals("*/*") ? "application/pdf" : type;
            cases.add(request(op, "an empty file", Map.of(), new Body(sent, new byte[0]), schemas, null));
            cases.add(request(op, "a file of 5 MB + 1 byte", Map.of(), new Body(sent, filled(DOCUMENT_OVER)), schemas, null));
            cases.add(request(op, "an oversized body (" + OVERSIZED + " bytes)", Map.of(), new Body(sent, filled(OVERSIZED)), schemas, null));
            cases.add(request(op, "random bytes", Map.of(), new Body(sent, randomBytes(2000)), schemas, null));
            cases.add(request(op, "Content-Type: garbage", Map.of(), new Body("garbage", randomBytes(100)), schemas, null));
            cases.add(request(op, "invalid UTF-8", Map.of(), new Body("text/plain; charset=UTF-8", new byte[]{(byte) 0xC3, 0x28, (byte) 0xFF}), schemas, null));
        } else if (!op.method().equals("GET")) {
            cases.add(request(op, "an unexpected JSON body", Map.of(), Body.json("{\"a\":{"), schemas, null));
            cases.add(request(op, "an unexpected oversized body", Map.of(), new Body("application/octet-stream", filled(OVERSIZED)), schemas, null));
        }
        return cases;
    }

    private byte[] invalidUtf8(byte[] json) {
        String text = new String(json, StandardCharsets.UTF_8);
        int quote = text.indexOf(":\"");
        if (quote < 0) {
            return new byte[]{'"', (byte) 0xC3, 0x28, '"'};
        }
        int at = text.substring(0, quote + 2).getBytes(StandardCharsets.UTF_8).length;
        byte[] out = new byte[json.length + 3];
        System.arraycopy(json, 0, out, 0, at);
        out[at] = (byte) 0xC3;
        out[at + 1] = 0x28;
        out[at + 2] = (byte) 0xFF;
        System.arraycopy(json, at, out, at + 3, json.length - at);
        return out;
    }

    private byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private static byte[] filled(int n) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) 'x');
        return b;
    }

    // ------------------------------------------------------------------------------------------ the wire

    record Reply(int status, String contentType, String body, long millis) {
    }

    private HttpClient signIn(String user) {
        HttpClient session = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        try {
            session.send(HttpRequest.newBuilder(URI.create(base + "/workspace/index.xhtml")).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            HttpResponse<Void> login = session.send(HttpRequest.newBuilder(URI.create(base + "/j_security_check"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("j_username=" + Http.encode(user) + "&j_password="
                            + Http.encode(Http.DEMO_PASSWORD))).build(), HttpResponse.BodyHandlers.discarding());
            if (login.statusCode() != 302 && login.statusCode() != 200) {
                throw new IllegalStateException("could not sign in as " + user + ": " + login.statusCode());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return session;
    }

    /** Cases to leave out while developing (a regular expression over their description); none in the build. */
    private static final Pattern SKIP = System.getProperty("fuzz.skip") == null ? null
            : Pattern.compile(System.getProperty("fuzz.skip"));

    private Reply send(String identity, Case c) {
        if (SKIP != null && SKIP.matcher(c.what()).find()) {
            return new Reply(0, "", "", 0);
        }
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(base + c.path())).timeout(Duration.ofSeconds(10));
        } catch (IllegalArgumentException e) {
            return new Reply(0, "", "", 0); // a value java.net.URI itself refuses cannot be sent
        }
        request.header("Accept", "application/json").header("Origin", originOf(base));
        c.headers().forEach(request::header);
        HttpRequest.BodyPublisher publisher = c.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(c.body());
        if (c.contentType() != null) {
            request.header("Content-Type", c.contentType());
        }
        request.method(c.method(), publisher);
        String label = c.method() + " " + abbreviate(c.path(), 140) + " [" + identity + "] " + c.what();
        long start = System.nanoTime();
        Reply reply;
        try {
            HttpResponse<byte[]> response = clients.get(identity).send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            long millis = (System.nanoTime() - start) / 1_000_000;
            reply = new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    new String(response.body(), StandardCharsets.UTF_8), millis);
        } catch (IOException e) {
            long millis = (System.nanoTime() - start) / 1_000_000;
            // the server may close the connection on a body it refuses before reading it all: that is an answer
            // only if it sent a status first, which HttpClient then reports; a bare reset is an offence
            requests++;
            byStatus.merge(-1, 1, Integer::sum);
            offences.add(label + " → no answer (" + e + ") after " + millis + " ms");
            System.out.println("  offence: " + label + " → no answer (" + e + ")");
            return new Reply(-1, "", "", millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        requests++;
        byStatus.merge(reply.status(), 1, Integer::sum);
        if (reply.millis() > slowest) {
            slowest = reply.millis();
            slowestRequest = label;
        }
        if (current != null && !current.documents(reply.status())) {
            undocumented.computeIfAbsent(current.name(), k -> new TreeSet<>()).add(reply.status());
        }
        String problem = judge(c, reply);
        if (problem == null && current != null && current.needsSignIn() && identity.equals("anonymous")
                && reply.status() / 100 == 2) {
            problem = "documented as needing a sign-in, yet it answered an anonymous caller;";
        }
        if (problem != null) {
            System.out.println("  offence: " + label + " → " + reply.status() + " " + problem);
            offences.add(label + " → " + reply.status() + " " + reply.contentType() + " in " + reply.millis() + " ms: "
                    + problem + " " + abbreviate(reply.body().replaceAll("\\s+", " "), 220));
        }
        return reply;
    }

    private static String originOf(String base) {
        URI uri = URI.create(base);
        return uri.getScheme() + "://" + uri.getAuthority();
    }

    /** What is wrong with the answer, or {@code null}. */
    static String judge(Case c, Reply r) {
        if (r.millis() > SLOW_MILLIS) {
            return "slower than " + SLOW_MILLIS + " ms;";
        }
        if (r.status() >= 500) {
            return "a server error for the caller's input;";
        }
        if (r.status() < 400) {
            return null;
        }
        if (!r.contentType().toLowerCase(Locale.ROOT).startsWith("application/problem+json")) {
            return "a " + r.status() + " that is not application/problem+json;";
        }
        JsonObject body;
        try (var reader = Json.createReader(new StringReader(r.body()))) {
            body = reader.readObject();
        } catch (RuntimeException e) {
            return "a problem body that is not a JSON object;";
        }
        boolean explained = !body.getString("title", "").isBlank() || !body.getString("detail", "").isBlank();
        if (!explained) {
            return "a problem without title or detail;";
        }
        if ((r.status() == 400 || r.status() == 422) && c.target() != null) {
            boolean named = body.get("parameter") instanceof JsonString p && !p.getString().isBlank();
            if (body.get("errors") instanceof JsonArray errors) {
                for (JsonValue e : errors) {
                    if (e instanceof JsonObject o && o.get("field") instanceof JsonString f && !f.getString().isBlank()) {
                        named = true;
                    }
                }
            }
            if (!named) {
                return "a 400 naming no field or parameter (the input was '" + c.target() + "');";
            }
        }
        return null;
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…(" + s.length() + " chars)";
    }

    /** Runs against a running server: {@code java ... ApiFuzzer http://localhost:8380 [seed]}. */
    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8380";
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 10L;
        HttpClient client = HttpClient.newHttpClient();
        String doc = client.send(HttpRequest.newBuilder(URI.create(base + "/openapi?format=JSON")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        JsonObject openapi = Json.createReader(new StringReader(doc)).readObject();
        Map<String, String> known = new LinkedHashMap<>();
        for (int i = 2; i + 1 < args.length; i += 2) {
            known.put(args[i], args[i + 1]);
        }
        ApiFuzzer fuzzer = new ApiFuzzer(base, seed, known);
        long start = System.nanoTime();
        fuzzer.run(openapi);
        System.out.println(fuzzer.summary() + " in " + (System.nanoTime() - start) / 1_000_000_000 + " s");
        fuzzer.offences().forEach(System.out::println);
        System.out.println(fuzzer.offences().size() + " offending requests");
    }
}
