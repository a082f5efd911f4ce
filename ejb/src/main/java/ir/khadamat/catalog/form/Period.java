package ir.khadamat.catalog.form;

/** §5 period of a count or frequency: ماه / فصل / سال. */
public enum Period implements Labelled {
    MONTH,
    SEASON,
    YEAR
}
