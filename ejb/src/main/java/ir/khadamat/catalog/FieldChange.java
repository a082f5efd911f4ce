package ir.khadamat.catalog;

import jakarta.json.JsonValue;

/**
 * One field of a card that differs between two versions.
 *
 * @param path   JSON Pointer to the field in the card's JSON form, e.g. {@code /details/recipients}
 * @param before its value in the older version; {@link JsonValue#NULL} when unknown (null or absent)
 * @param after  its value in the newer version; {@link JsonValue#NULL} when unknown
 */
public record FieldChange(String path, JsonValue before, JsonValue after) {
}
