package ir.khadamat.runtime.cases;

import ir.khadamat.tenancy.NotFound;
import jakarta.ejb.ApplicationException;

/** No case with that tracking code that the caller may see (another province's answer the same). */
@ApplicationException(rollback = true)
public class CaseNotFound extends NotFound {

    /** @param asked the code as the caller gave it, well formed or not */
    public CaseNotFound(String asked) {
        super("No case " + asked);
    }

    public CaseNotFound(TrackingCode trackingCode) {
        this(trackingCode.value());
    }
}
