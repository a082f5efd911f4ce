package ir.khadamat.catalog.form;

/** §4 سطح خدمت — the level at which the service is provided. */
public enum ServiceLevel implements Labelled {
    NATIONAL,
    REGIONAL,
    PROVINCIAL,
    CITY,
    VILLAGE
}
