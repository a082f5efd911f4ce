package ir.khadamat.catalog;

import ir.khadamat.catalog.form.CardForm;

import java.time.Instant;
import java.util.Map;

/**
 * One version of a card as the catalogue shows it: its form and where it stands, with the names of every agency
 * the form refers to by code.
 *
 * @param version      the optimistic-lock version of this row: a save names it, and is refused if it changed since
 * @param versionNo    the card's version number (1, 2, ...)
 * @param latest       whether this is the newest version, the one being worked on
 * @param provinceCode the province the card belongs to; {@code null} for a national card
 * @param baseKey      for a provincial edition, the national card it derives from
 * @param baseVersion  for a provincial edition, the national version it is in step with
 */
public record CardDetails(Long id, String key, CardStatus status, long version, Instant updatedAt,
                          CardForm form, Map<String, AgencyName> agencies,
                          int versionNo, boolean latest, String provinceCode, String baseKey, Integer baseVersion,
                          Instant submittedAt, Instant publishedAt) {

    public record AgencyName(String persianName, String englishName) {
    }
}
