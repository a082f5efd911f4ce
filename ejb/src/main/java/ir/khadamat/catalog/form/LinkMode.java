package ir.khadamat.catalog.form;

/** §7/§8 how data is exchanged: electronic online (برخط) or batch (دسته‌ای), or non-electronic. */
public enum LinkMode implements Labelled {
    ONLINE,
    BATCH,
    NON_ELECTRONIC
}
