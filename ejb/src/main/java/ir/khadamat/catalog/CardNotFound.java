package ir.khadamat.catalog;

import ir.khadamat.tenancy.NotFound;
import jakarta.ejb.ApplicationException;

/** No card with that key that the caller may see or change: another province's cards answer the same. */
@ApplicationException(rollback = true)
public class CardNotFound extends NotFound {

    public CardNotFound(String key) {
        super("No card '" + key + "'");
    }
}
