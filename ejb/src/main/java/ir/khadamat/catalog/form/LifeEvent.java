package ir.khadamat.catalog.form;

/** §4 رویداد مرتبط با — the life or business event the service belongs to. */
public enum LifeEvent implements Labelled {
    BIRTH,
    EDUCATION,
    HEALTH,
    TAX,
    BUSINESS,
    SOCIAL_SECURITY,
    PROPERTY_REGISTRATION,
    URBAN_UTILITIES,
    INSURANCE,
    MARRIAGE,
    RETIREMENT,
    DOCUMENTS_AND_CERTIFICATES,
    DEATH,
    OTHER
}
