package ir.khadamat.runtime;

import ir.khadamat.runtime.cases.CaseStatus;

import java.time.Instant;

/**
 * One case of a person as «درخواست‌های من» lists it: the service, the tracking code, where it stands and what is
 * expected of them now. Nothing else of the case: the full case is on its own page, by the person's token.
 *
 * @param stepTitle   the current step's title (null when closed)
 * @param resultTitle the end step's title of a closed case (null otherwise)
 */
public record MyRequest(String trackingCode, String serviceTitle, CaseStatus status, Expected expected, String stepTitle,
                        String resultTitle, Instant startedAt) {

    /** What the person is waiting for, or is waited for. */
    public enum Expected {
        /** their turn: the current step is the applicant's */
        YOU,
        /** the staff's turn: verification, a decision */
        STAFF,
        /** another system's answer */
        OTHER_SYSTEM,
        /** nothing more: closed, with its result */
        NOTHING
    }

    /** What is expected now, of a case in that status whose current step is (or is not) the applicant's. */
    public static Expected expected(CaseStatus status, boolean applicantsStep) {
        return switch (status) {
            case CLOSED -> Expected.NOTHING;
            case WAITING -> Expected.OTHER_SYSTEM;
            case OPEN -> applicantsStep ? Expected.YOU : Expected.STAFF;
        };
    }

    static MyRequest of(CaseView c) {
        boolean yours = c.currentStep() != null && c.currentStep().yours();
        return new MyRequest(c.trackingCode(), c.serviceTitle(), c.status(), expected(c.status(), yours),
                c.currentStep() == null ? null : c.currentStep().title(), c.resultTitle(), c.createdAt());
    }
}
