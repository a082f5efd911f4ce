package ir.khadamat.catalog.form;

/** §6 نوع ارائه — whether a stage is electronic. */
public enum DeliveryMode implements Labelled {
    ELECTRONIC,
    NON_ELECTRONIC
}
