package ir.khadamat.catalog.form;

/** §4 ماهیت خدمت — the nature of the service. */
public enum ServiceNature implements Labelled {
    SOVEREIGN,
    OPERATIONAL
}
