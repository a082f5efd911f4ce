package ir.khadamat.runtime;

import ir.khadamat.runtime.cases.CaseStatus;
import ir.khadamat.runtime.cases.ServiceCase;

/**
 * Where a case stands after the engine moved it: what a screen needs to go on (it shows the case by loading its
 * page again), without the history, documents and payments a whole {@link CaseView} reads.
 *
 * @param version     the case's version now, the one the next step names as read
 * @param currentStep the step it waits at (null once closed)
 */
public record CaseMove(String trackingCode, long version, CaseStatus status, String currentStep) {

    static CaseMove of(ServiceCase c) {
        return new CaseMove(c.getTrackingCode().value(), c.getVersion(), c.getStatus(),
                c.getStatus() == CaseStatus.CLOSED ? null : c.getCurrentStep());
    }
}
