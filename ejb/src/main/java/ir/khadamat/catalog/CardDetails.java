package ir.khadamat.catalog;

import ir.khadamat.catalog.form.CardForm;

import java.time.Instant;
import java.util.Map;

/**
 * A whole card as the catalogue shows it: its form and where it stands, with the names of every agency
 * the form refers to by code.
 */
public record CardDetails(Long id, String key, CardStatus status, long version, Instant updatedAt,
                          CardForm form, Map<String, AgencyName> agencies) {

    public record AgencyName(String persianName, String englishName) {
    }
}
