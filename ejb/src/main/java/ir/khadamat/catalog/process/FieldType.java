package ir.khadamat.catalog.process;

/** The types of a form step's fields, each with its own input and check. */
public enum FieldType {
    TEXT, NUMBER, JALALI_DATE, CHOICE, NATIONAL_CODE, MOBILE, AMOUNT_RIALS, FILE, BOOLEAN
}
