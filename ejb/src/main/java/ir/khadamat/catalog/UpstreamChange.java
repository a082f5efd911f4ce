package ir.khadamat.catalog;

import jakarta.json.JsonValue;

/**
 * A change of the national card that a provincial edition has not taken yet.
 *
 * @param path          JSON Pointer to the field
 * @param before        the field in the national version the edition was derived from (or last synchronised with)
 * @param after         the field in the new national version
 * @param editionValue  the field in the provincial edition now
 * @param editedLocally whether the province had changed the field from {@code before}: taking the national
 *                      value then overwrites the province's own text
 */
public record UpstreamChange(String path, JsonValue before, JsonValue after, JsonValue editionValue,
                             boolean editedLocally) {
}
