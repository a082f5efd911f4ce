package ir.khadamat.catalog;

import jakarta.ejb.ApplicationException;

/**
 * Somebody else saved the card since the caller read it: the caller's save is refused, nothing is overwritten,
 * and the caller can reload the card (now at {@code currentVersion}) and make the change again.
 */
@ApplicationException(rollback = true)
public class CardConflict extends RuntimeException {

    private final String key;
    private final long currentVersion;

    public CardConflict(String key, long currentVersion) {
        super("Card '" + key + "' was changed by someone else since it was read (now at version " + currentVersion + ")");
        this.key = key;
        this.currentVersion = currentVersion;
    }

    public String key() {
        return key;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
