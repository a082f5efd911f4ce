/**
 * The catalogue: service cards (شناسنامه خدمت, annex 1) and the agency registry.
 * <p>
 * A {@link ir.khadamat.catalog.ServiceCard} is the aggregate root. Its content is the whole annex-1
 * form, typed as {@link ir.khadamat.catalog.form.CardForm} and stored as one JSON document (the form is
 * a document: versions are snapshots of it, diffs and provincial editions work field by field on it);
 * what the catalogue searches and counts — title, agency, service types, levels, events, electronic
 * stages and a normalised search text — is projected into columns on every save.
 */
package ir.khadamat.catalog;
