package ir.khadamat.runtime.cases;

import jakarta.ejb.ApplicationException;

/** The case changed since the caller read it (another step was done, someone else submitted): reload it. */
@ApplicationException(rollback = true)
public class CaseMoved extends RuntimeException {

    public CaseMoved(TrackingCode trackingCode) {
        super("Case " + trackingCode + " has moved on since it was read; reload it");
    }
}
