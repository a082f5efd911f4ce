package ir.khadamat.catalog.form;

import ir.khadamat.persian.Iran;
import ir.khadamat.persian.PersianDigits;
import ir.khadamat.persian.Rial;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A value of the form as a reader sees it, where the screens show a field's value apart from its field (a card's
 * changes between versions, the changes of a national card offered to a province's edition): a choice by its label
 * ({@link Labelled}), a number grouped in the reader's digits, yes/no in words, a list's items and a row's values in
 * order; {@code null} for unknown, and {@code none} for an empty list. Text is the form's data and stays as written.
 */
public final class FieldValues {

    private static final String LABELS = "ir.khadamat.catalog.form.labels";

    private FieldValues() {
    }

    /**
     * @param path the value's place in the form, a JSON Pointer ({@code /specification/serviceTypes}): it tells which
     *             choice a constant is of
     * @param none the word of the reader's language for an empty list («هیچ»)
     */
    public static String text(String path, JsonValue value, Locale locale, String none) {
        return text(typeAt(path), value, locale, none);
    }

    private static String text(Type type, JsonValue value, Locale locale, String none) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return switch (value.getValueType()) {
            case STRING -> choice(type, ((JsonString) value).getString(), locale);
            case NUMBER -> number(((JsonNumber) value).longValue(), locale);
            case TRUE -> FieldLabels.bundle(LABELS, locale).getString("Answer.YES");
            case FALSE -> FieldLabels.bundle(LABELS, locale).getString("Answer.NO");
            case ARRAY -> value.asJsonArray().isEmpty() ? none : value.asJsonArray().stream()
                    .map(v -> text(element(type), v, locale, none)).filter(Objects::nonNull)
                    .collect(Collectors.joining(Iran.english(locale) ? ", " : "، "));
            case OBJECT -> value.asJsonObject().entrySet().stream()
                    .map(e -> text(member(type, e.getKey()), e.getValue(), locale, none)).filter(Objects::nonNull)
                    .collect(Collectors.joining(" · "));
            default -> null;
        };
    }

    /** A constant of a choice of the form by its label; any other text as written. */
    private static String choice(Type type, String text, Locale locale) {
        if (type instanceof Class<?> c && c.isEnum() && Labelled.class.isAssignableFrom(c)) {
            for (Object constant : c.getEnumConstants()) {
                if (((Labelled) constant).name().equals(text)) {
                    return ((Labelled) constant).label(locale);
                }
            }
        }
        return text;
    }

    private static String number(long n, Locale locale) {
        return Iran.english(locale) ? NumberFormat.getIntegerInstance(Locale.ENGLISH).format(n)
                : PersianDigits.toPersian(NumberFormat.getIntegerInstance(Locale.ROOT).format(n))
                .replace(',', Rial.PERSIAN_GROUPING);
    }

    /** The type of the form's field at a JSON Pointer, or null where the form has no such field. */
    static Type typeAt(String path) {
        Type type = CardForm.class;
        for (String segment : path == null ? new String[0] : path.split("/")) {
            if (!segment.isEmpty()) {
                type = segment.chars().allMatch(Character::isDigit) ? element(type) : member(type, segment);
            }
        }
        return type;
    }

    /** The type of a record's component of that name (null: none). */
    private static Type member(Type type, String name) {
        if (type instanceof Class<?> c && c.isRecord()) {
            for (RecordComponent component : c.getRecordComponents()) {
                if (component.getName().equals(name)) {
                    return component.getGenericType();
                }
            }
        }
        return null;
    }

    /** The type of the items of a list or set (null: not one). */
    private static Type element(Type type) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments().length == 1
                ? p.getActualTypeArguments()[0] : null;
    }
}
