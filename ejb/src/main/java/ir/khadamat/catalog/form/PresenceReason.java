package ir.khadamat.catalog.form;

/** §6 ذکر ضرورت مراجعه حضوری — why a non-electronic stage needs the person to come. */
public enum PresenceReason implements Labelled {
    VERIFY_PERSON,
    VERIFY_DOCUMENT,
    NO_INFRASTRUCTURE,
    OTHER
}
