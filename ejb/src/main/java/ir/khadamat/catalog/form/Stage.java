package ir.khadamat.catalog.form;

/** §6 مراحل خدمت — the four stages of a service. */
public enum Stage implements Labelled {
    INFORMATION,
    REQUEST,
    PRODUCTION,
    DELIVERY
}
