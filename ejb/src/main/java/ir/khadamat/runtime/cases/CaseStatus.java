package ir.khadamat.runtime.cases;

/** Where a case stands. */
public enum CaseStatus {
    /** waiting for a person to act at its current step */
    OPEN,
    /** waiting for another system (a partner down, a batch not yet sent): retried, nothing lost */
    WAITING,
    /** done: its end step's result says how */
    CLOSED
}
