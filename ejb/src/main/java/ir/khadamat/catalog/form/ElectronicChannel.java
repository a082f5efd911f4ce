package ir.khadamat.catalog.form;

/** §6 رسانه ارتباطی — an electronic channel of a stage. The production stage uses INTERNET, INTRANET, EMAIL and OTHER; the others all but INTRANET. */
public enum ElectronicChannel implements Labelled {
    INTERNET,
    MOBILE_APP,
    EMAIL,
    POST,
    IVR_CALL_CENTRE,
    SMS,
    COUNTER_OFFICE,
    INTRANET,
    OTHER
}
