package ir.khadamat.catalog.form;

/** §4 نحوه آغاز خدمت — what starts the service. */
public enum StartTrigger implements Labelled {
    RECIPIENT_REQUEST,
    SET_TIME,
    GIVEN_EVENT,
    AGENCY_DECISION,
    OTHER
}
