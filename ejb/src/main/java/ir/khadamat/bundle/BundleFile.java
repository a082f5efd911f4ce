package ir.khadamat.bundle;

import ir.khadamat.catalog.BundleRefused;
import ir.khadamat.catalog.CardStatus;
import ir.khadamat.catalog.TransferPlan;
import ir.khadamat.catalog.TransferredVersion;
import ir.khadamat.json.BoundedJson;
import ir.khadamat.runtime.appointment.Appointments;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static ir.khadamat.json.SharedJson.JSON;

/**
 * A catalogue bundle as a file: JSON, stamped with its {@code format} and {@code formatVersion}, written indented
 * so that two bundles can be compared line by line. Writing gives exactly what reading takes back. A bundle of a
 * newer format, or one that is not a bundle, is refused as a whole; a value of the wrong kind is named by its place
 * (a JSON Pointer). The forms are card files ({@code catalog.CardFile}) and the process definitions as the editor
 * writes them, embedded as JSON.
 */
public final class BundleFile {

    public static final String FORMAT = "khadamat-catalogue-bundle";
    public static final int FORMAT_VERSION = 1;
    public static final String MEDIA_TYPE = "application/json";

    private static final String AGENCY_CODE = "[a-z0-9][a-z0-9-]{0,99}";

    private static final JsonWriterFactory WRITER = JSON.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    /**
     * The contents of a bundle.
     *
     * @param exportedAt when it was written
     * @param source     the installation that wrote it
     */
    public record Bundle(Instant exportedAt, String source, List<TransferPlan.AgencyEntry> agencies,
                         List<TransferPlan.CardEntry> cards, List<Appointments.UnitSlots> units) {
    }

    private BundleFile() {
    }

    public static String write(Bundle bundle) {
        JsonObjectBuilder root = JSON.createObjectBuilder().add("format", FORMAT).add("formatVersion", FORMAT_VERSION)
                .add("exportedAt", bundle.exportedAt().toString());
        text(root, "source", bundle.source());
        JsonArrayBuilder agencies = JSON.createArrayBuilder();
        for (TransferPlan.AgencyEntry a : bundle.agencies()) {
            JsonObjectBuilder o = JSON.createObjectBuilder().add("code", a.code());
            text(o, "persianName", a.persianName());
            text(o, "englishName", a.englishName());
            text(o, "parent", a.parent());
            agencies.add(o);
        }
        JsonArrayBuilder cards = JSON.createArrayBuilder();
        for (TransferPlan.CardEntry c : bundle.cards()) {
            JsonObjectBuilder o = JSON.createObjectBuilder().add("key", c.key());
            text(o, "provinceCode", c.provinceCode());
            text(o, "baseKey", c.baseKey());
            JsonArrayBuilder versions = JSON.createArrayBuilder();
            for (TransferredVersion v : c.versions()) {
                JsonObjectBuilder w = JSON.createObjectBuilder().add("versionNo", v.versionNo())
                        .add("status", v.status().name());
                if (v.baseVersion() == null) {
                    w.addNull("baseVersion");
                } else {
                    w.add("baseVersion", v.baseVersion());
                }
                time(w, "createdAt", v.createdAt());
                time(w, "updatedAt", v.updatedAt());
                time(w, "submittedAt", v.submittedAt());
                time(w, "publishedAt", v.publishedAt());
                w.add("form", parse(v.formJson()));
                w.add("process", v.processJson() == null ? JsonValue.NULL : parse(v.processJson()));
                versions.add(w);
            }
            cards.add(o.add("versions", versions));
        }
        JsonArrayBuilder units = JSON.createArrayBuilder();
        for (Appointments.UnitSlots u : bundle.units()) {
            JsonArrayBuilder slots = JSON.createArrayBuilder();
            u.slots().forEach(s -> slots.add(JSON.createObjectBuilder().add("visitType", s.visitType())
                    .add("dayOfWeek", s.dayOfWeek()).add("startTime", s.startTime()).add("minutes", s.minutes())
                    .add("capacity", s.capacity())));
            units.add(JSON.createObjectBuilder().add("province", u.province()).add("unit", u.unit()).add("slots", slots));
        }
        root.add("agencies", agencies).add("cards", cards).add("units", units);
        StringWriter out = new StringWriter();
        try (JsonWriter writer = WRITER.createWriter(out)) {
            writer.writeObject(root.build());
        }
        return out.toString();
    }

    /**
     * Reads a bundle.
     *
     * @throws BundleRefused (as at fault) naming {@code /format}, {@code /formatVersion} or the place of a value
     *                       that cannot be taken
     */
    public static Bundle read(String text, BoundedJson.Limits limits) {
        JsonValue value;
        try {
            value = BoundedJson.parse(text == null ? "" : text, limits);
        } catch (BoundedJson.Refused e) {
            throw refused(e.pointer().isEmpty() ? "" : e.pointer(), "not a bundle: " + e.getMessage());
        }
        if (!(value instanceof JsonObject root)) {
            throw refused("", "not a bundle: a JSON object is expected");
        }
        if (!FORMAT.equals(string(root, "format", "", true))) {
            throw refused("/format", "not a catalogue bundle: format must be \"" + FORMAT + "\"");
        }
        JsonValue version = root.get("formatVersion");
        if (!(version instanceof JsonNumber n) || !n.isIntegral() || n.intValue() < 1) {
            throw refused("/formatVersion", "the format version must be a whole number from 1");
        }
        if (n.intValue() > FORMAT_VERSION) {
            throw refused("/formatVersion", "the bundle is of format version " + n.intValue() + ", from a newer release"
                    + " of Khadamat; this installation reads format version " + FORMAT_VERSION + ". Nothing was imported");
        }
        // readers of older formats go here, one per version, when the format changes
        List<TransferPlan.AgencyEntry> agencies = new ArrayList<>();
        JsonArray agencyList = array(root, "agencies", "");
        for (int i = 0; i < agencyList.size(); i++) {
            String at = "/agencies/" + i;
            JsonObject a = object(agencyList.get(i), at);
            TransferPlan.AgencyEntry agency = new TransferPlan.AgencyEntry(string(a, "code", at, true),
                    string(a, "persianName", at, true), string(a, "englishName", at, false), string(a, "parent", at, false));
            // the registry's columns (V1__catalog.sql): refused here, named, rather than by the database
            if (!agency.code().matches(AGENCY_CODE)) {
                throw refused(at + "/code", "an agency's code is lower-case letters, digits and hyphens, at most 100");
            }
            if (agency.parent() != null && !agency.parent().matches(AGENCY_CODE)) {
                throw refused(at + "/parent", "an agency's code is lower-case letters, digits and hyphens, at most 100");
            }
            if (agency.persianName().length() > 500 || agency.englishName() != null && agency.englishName().length() > 500) {
                throw refused(at + (agency.persianName().length() > 500 ? "/persianName" : "/englishName"),
                        "an agency's name is at most 500 characters");
            }
            agencies.add(agency);
        }
        List<TransferPlan.CardEntry> cards = new ArrayList<>();
        JsonArray cardList = array(root, "cards", "");
        for (int i = 0; i < cardList.size(); i++) {
            String at = "/cards/" + i;
            JsonObject c = object(cardList.get(i), at);
            List<TransferredVersion> versions = new ArrayList<>();
            JsonArray versionList = array(c, "versions", at);
            for (int j = 0; j < versionList.size(); j++) {
                String place = at + "/versions/" + j;
                JsonObject v = object(versionList.get(j), place);
                JsonValue form = v.get("form");
                if (!(form instanceof JsonObject)) {
                    throw refused(place + "/form", "the card's form (a JSON object) is missing");
                }
                JsonValue process = v.getOrDefault("process", JsonValue.NULL);
                if (process != JsonValue.NULL && !(process instanceof JsonObject)) {
                    throw refused(place + "/process", "a process definition is a JSON object, or null");
                }
                versions.add(new TransferredVersion(whole(v, "versionNo", place), status(v, place),
                        wholeOrNull(v, "baseVersion", place), time(v, "createdAt", place, true),
                        time(v, "updatedAt", place, true), time(v, "submittedAt", place, false),
                        time(v, "publishedAt", place, false), form.toString(),
                        process == JsonValue.NULL ? null : process.toString()));
            }
            cards.add(new TransferPlan.CardEntry(string(c, "key", at, true), string(c, "provinceCode", at, false),
                    string(c, "baseKey", at, false), List.copyOf(versions)));
        }
        List<Appointments.UnitSlots> units = new ArrayList<>();
        JsonArray unitList = root.containsKey("units") ? array(root, "units", "") : JsonValue.EMPTY_JSON_ARRAY;
        for (int i = 0; i < unitList.size(); i++) {
            String at = "/units/" + i;
            JsonObject u = object(unitList.get(i), at);
            List<Appointments.WeeklySlot> slots = new ArrayList<>();
            JsonArray slotList = array(u, "slots", at);
            for (int j = 0; j < slotList.size(); j++) {
                String place = at + "/slots/" + j;
                JsonObject s = object(slotList.get(j), place);
                String type = string(s, "visitType", place, true);
                String start = string(s, "startTime", place, true);
                int day = whole(s, "dayOfWeek", place);
                int minutes = whole(s, "minutes", place);
                int capacity = whole(s, "capacity", place);
                if (!type.matches("[A-Z_]{2,30}")) {
                    throw refused(place + "/visitType", "a visit type is 2 to 30 capital letters or _");
                }
                if (!start.matches("([01][0-9]|2[0-3]):[0-5][0-9]")) {
                    throw refused(place + "/startTime", "a start time is HH:MM");
                }
                if (day < 1 || day > 7 || minutes < 5 || minutes > 600 || capacity < 1 || capacity > 1000) {
                    throw refused(place, "day of week 1 to 7, minutes 5 to 600, capacity 1 to 1000");
                }
                slots.add(new Appointments.WeeklySlot(type, day, start, minutes, capacity));
            }
            units.add(new Appointments.UnitSlots(string(u, "province", at, true), string(u, "unit", at, true),
                    List.copyOf(slots)));
        }
        return new Bundle(time(root, "exportedAt", "", false), string(root, "source", "", false),
                List.copyOf(agencies), List.copyOf(cards), List.copyOf(units));
    }

    private static JsonValue parse(String json) {
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }

    private static void text(JsonObjectBuilder o, String name, String value) {
        if (value == null) {
            o.addNull(name);
        } else {
            o.add(name, value);
        }
    }

    private static void time(JsonObjectBuilder o, String name, Instant value) {
        text(o, name, value == null ? null : value.toString());
    }

    private static BundleRefused refused(String pointer, String message) {
        return new BundleRefused(false, List.of(new TransferPlan.Finding(pointer, message)));
    }

    private static JsonObject object(JsonValue value, String at) {
        if (value instanceof JsonObject o) {
            return o;
        }
        throw refused(at, "a JSON object is expected");
    }

    private static JsonArray array(JsonObject o, String name, String at) {
        if (o.get(name) instanceof JsonArray a) {
            return a;
        }
        throw refused(at + "/" + name, "a list is expected");
    }

    private static String string(JsonObject o, String name, String at, boolean required) {
        JsonValue v = o.get(name);
        if (v instanceof JsonString s && !s.getString().isBlank()) {
            return s.getString();
        }
        if (!required && (v == null || v == JsonValue.NULL)) {
            return null;
        }
        throw refused(at + "/" + name, required ? "a text is required" : "a text, or null, is expected");
    }

    private static Integer wholeOrNull(JsonObject o, String name, String at) {
        JsonValue v = o.get(name);
        return v == null || v == JsonValue.NULL ? null : whole(o, name, at);
    }

    private static int whole(JsonObject o, String name, String at) {
        if (o.get(name) instanceof JsonNumber n && n.isIntegral() && n.bigDecimalValue().abs().compareTo(java.math.BigDecimal.valueOf(1_000_000)) < 0) {
            return n.intValue();
        }
        throw refused(at + "/" + name, "a whole number is expected");
    }

    private static Instant time(JsonObject o, String name, String at, boolean required) {
        String text = string(o, name, at, required);
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw refused(at + "/" + name, "a time in ISO 8601 (UTC, e.g. 2026-01-31T08:30:00Z) is expected");
        }
    }

    private static CardStatus status(JsonObject o, String at) {
        String text = string(o, "status", at, true);
        return Arrays.stream(CardStatus.values()).filter(s -> s.name().equals(text)).findFirst()
                .orElseThrow(() -> refused(at + "/status", "one of " + Arrays.toString(CardStatus.values()) + " is expected"));
    }
}
