package ir.khadamat.runtime.cases;

import jakarta.ejb.ApplicationException;

/** No case with that tracking code that the caller may see (another province's answer the same). */
@ApplicationException(rollback = true)
public class CaseNotFound extends RuntimeException {

    public CaseNotFound(String trackingCode) {
        super("No case " + trackingCode);
    }
}
