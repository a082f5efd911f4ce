package ir.khadamat.runtime.cases;

import ir.khadamat.tenancy.NotFound;
import jakarta.ejb.ApplicationException;

/** No case with that tracking code that the caller may see (another province's answer the same). */
@ApplicationException(rollback = true)
public class CaseNotFound extends NotFound {

    public CaseNotFound(String trackingCode) {
        super("No case " + trackingCode);
    }
}
