package ir.khadamat.catalog.form;

/** §6 مراجعه به دستگاه — where one goes in person. */
public enum OfficeLevel implements Labelled {
    NATIONAL,
    PROVINCIAL,
    COUNTY
}
