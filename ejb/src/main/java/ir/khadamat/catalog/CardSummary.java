package ir.khadamat.catalog;

import java.io.Serializable;

/** One row of a catalogue page: enough to list a card without reading its whole form. */
public record CardSummary(Long id, String key, String title, String summary, String serviceId, CardStatus status,
                          String agencyCode, String agencyName, Integer electronicStages, String provinceCode,
                          int versionNo) implements Serializable {
}
