package ir.khadamat.catalog;

import java.time.Instant;

/**
 * One version of a card as it moves between installations in a catalogue bundle: its number, state and times as the
 * installation that wrote it had them, its form (the card file's JSON) and its process definition (JSON; null: the
 * version runs its §10 diagram).
 */
public record TransferredVersion(int versionNo, CardStatus status, Integer baseVersion, Instant createdAt,
                                 Instant updatedAt, Instant submittedAt, Instant publishedAt, String formJson,
                                 String processJson) {
}
