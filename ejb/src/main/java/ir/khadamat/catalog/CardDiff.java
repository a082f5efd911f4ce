package ir.khadamat.catalog;

import ir.khadamat.catalog.form.CardForm;
import ir.khadamat.catalog.form.FieldLabels;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import static ir.khadamat.json.SharedJson.JSON;

/**
 * Field-by-field comparison of two versions of a card, and the upstream merge of a provincial edition
 * with a new version of the national card. Pure: works on the card's JSON form ({@link CardFormJson}).
 * <p>
 * <b>Fields.</b> A field is a component of the form's records that is not itself a record: a text, a
 * number, a choice, or a whole list or set (a list of documents, the rows of §7 or §8 and the steps of
 * §10 are each one field). Records (sections, a stage of §6, the frequency of §5) are recursed into.
 * The fields are fixed by the form, not by the cards: {@link #fields()} lists them in the form's order,
 * and every path this class produces or accepts is one of them. {@code formatVersion} and {@code key}
 * are not fields of the form and are never compared.
 * <p>
 * <b>Unknown.</b> A field that is {@code null} or absent is unknown, {@link JsonValue#NULL}; unknown on
 * one side and known on the other is a change, and an empty list ({@code []}, none) is not unknown. A
 * section or stage that is {@code null} reads as every field of it unknown.
 */
public final class CardDiff {

    private static final List<String> FIELDS = Collections.unmodifiableList(fieldsOf(CardForm.class, "", true));
    private static final Set<String> FIELD_SET = Set.copyOf(FIELDS);

    private CardDiff() {
    }

    /** JSON Pointers of every field of the form, in the form's order. */
    public static List<String> fields() {
        return FIELDS;
    }

    /** The fields that differ from {@code older} to {@code newer}, in the form's order. */
    public static List<FieldChange> between(CardForm older, CardForm newer) {
        JsonObject a = json(older);
        JsonObject b = json(newer);
        List<FieldChange> changes = new ArrayList<>();
        for (String path : FIELDS) {
            JsonValue before = valueAt(a, path);
            JsonValue after = valueAt(b, path);
            if (!before.equals(after)) {
                changes.add(new FieldChange(path, before, after));
            }
        }
        return changes;
    }

    /**
     * The changes of the national card from {@code nationalBase} to {@code nationalNew} that the edition
     * does not have yet, in the form's order. A change the edition already has (its field equals the new
     * national value) is left out. {@link UpstreamChange#editedLocally()} tells whether the province had
     * changed the field from the base itself: then taking the national value overwrites the province's.
     *
     * @param nationalBase the national version the edition was derived from, or last synchronised with
     */
    public static List<UpstreamChange> upstream(CardForm nationalBase, CardForm nationalNew, CardForm edition) {
        List<FieldChange> national = between(nationalBase, nationalNew);
        JsonObject local = json(edition);
        List<UpstreamChange> changes = new ArrayList<>();
        for (FieldChange change : national) {
            JsonValue editionValue = valueAt(local, change.path());
            if (!editionValue.equals(change.after())) {
                changes.add(new UpstreamChange(change.path(), change.before(), change.after(), editionValue,
                        !editionValue.equals(change.before())));
            }
        }
        return changes;
    }

    /**
     * The edition with the given fields taken from the new national version; every other field, the key and
     * the format version stay the edition's.
     *
     * @param paths fields by JSON Pointer, each one of {@link #fields()}
     * @throws IllegalArgumentException when a path is not a field of the form
     */
    public static CardForm take(CardForm edition, CardForm nationalNew, Set<String> paths) {
        Objects.requireNonNull(paths, "paths");
        for (String path : paths) {
            if (!FIELD_SET.contains(path)) {
                throw new IllegalArgumentException("not a field of the card form: " + path);
            }
        }
        JsonObject national = json(nationalNew);
        JsonObject result = json(edition);
        for (String path : FIELDS) {
            if (paths.contains(path)) {
                result = with(result, segments(path), 0, valueAt(national, path));
            }
        }
        return CardFormJson.read(result.toString());
    }

    /** The top-level member of the card a path is in, e.g. {@code details} for {@code /details/fees}. */
    public static String sectionOf(String path) {
        List<String> segments = segments(path);
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("not a field of the card form: " + path);
        }
        return segments.get(0);
    }

    /**
     * The name of a field — or of a section, e.g. {@code /details} — as printed on annex 1 (Persian), or in
     * English: Persian unless the language is English ({@link FieldLabels#name}). A path
     * without a name is returned as it is.
     */
    public static String label(String path, Locale locale) {
        String key = labelKey(path);
        String name = key.isEmpty() ? null : FieldLabels.name(key, locale);
        return name == null ? path : name;
    }

    /** The key of a path in the fields bundle: {@code /details/fees} → {@code details.fees}. */
    static String labelKey(String path) {
        return String.join(".", segments(path));
    }

    /* ---- JSON ---- */

    static JsonObject json(CardForm form) {
        Objects.requireNonNull(form, "form");
        try (JsonReader reader = JSON.createReader(new StringReader(CardFormJson.write(form)))) {
            return reader.readObject();
        }
    }

    /** The value at a field's pointer; {@link JsonValue#NULL} when it, or an object on the way, is null or absent. */
    static JsonValue valueAt(JsonObject root, String path) {
        JsonValue value = root;
        for (String name : segments(path)) {
            if (!(value instanceof JsonObject object)) {
                return JsonValue.NULL;
            }
            value = object.get(name);
        }
        return value == null ? JsonValue.NULL : value;
    }

    /** {@code object} with the member at {@code segments[i..]} set to {@code value}, creating objects on the way. */
    private static JsonObject with(JsonObject object, List<String> segments, int i, JsonValue value) {
        String name = segments.get(i);
        if (i == segments.size() - 1) {
            return JSON.createObjectBuilder(object).add(name, value).build();
        }
        JsonObject childObject;
        if (object.get(name) instanceof JsonObject child) {
            childObject = child;
        } else if (value.getValueType() == JsonValue.ValueType.NULL) {
            return object; // unknown inside an unknown section: nothing to set
        } else {
            childObject = JsonValue.EMPTY_JSON_OBJECT;
        }
        return JSON.createObjectBuilder(object).add(name, with(childObject, segments, i + 1, value)).build();
    }

    /** The reference tokens of a JSON Pointer, unescaped. */
    static List<String> segments(String path) {
        if (path == null || !(path.isEmpty() || path.startsWith("/"))) {
            throw new IllegalArgumentException("not a JSON Pointer: " + path);
        }
        List<String> segments = new ArrayList<>();
        if (path.isEmpty()) {
            return segments;
        }
        for (String token : path.substring(1).split("/", -1)) {
            segments.add(token.replace("~1", "/").replace("~0", "~"));
        }
        return segments;
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /* ---- the form's fields ---- */

    private static List<String> fieldsOf(Class<?> record, String prefix, boolean top) {
        LinkedHashSet<String> fields = new LinkedHashSet<>();
        for (RecordComponent component : record.getRecordComponents()) {
            String name = component.getName();
            if (top && (name.equals("formatVersion") || name.equals("key"))) {
                continue;
            }
            String path = prefix + "/" + escape(name);
            if (component.getType().isRecord()) {
                fields.addAll(fieldsOf(component.getType(), path, false));
            } else {
                fields.add(path);
            }
        }
        return new ArrayList<>(fields);
    }
}
