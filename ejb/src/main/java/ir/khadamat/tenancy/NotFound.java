package ir.khadamat.tenancy;

import jakarta.ejb.ApplicationException;

/**
 * Nothing by that name that the caller may see: what another province keeps answers the same, so the answer tells
 * the caller nothing of it (a card, {@code catalog.CardNotFound}; a case, {@code runtime.cases.CaseNotFound}).
 */
@ApplicationException(rollback = true)
public abstract class NotFound extends RuntimeException {

    protected NotFound(String message) {
        super(message);
    }
}
