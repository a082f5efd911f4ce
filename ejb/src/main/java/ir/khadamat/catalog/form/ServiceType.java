package ir.khadamat.catalog.form;

/** §4 نوع خدمت — who the service is for. */
public enum ServiceType implements Labelled {
    G2C,
    G2B,
    G2G
}
