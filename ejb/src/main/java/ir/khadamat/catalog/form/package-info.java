/**
 * The service identity card form (فرم شناسنامه خدمت دستگاه اجرایی — annex 1), typed: one record per
 * section, one enum per choice of the form.
 * <p>
 * <b>Unknown is not none.</b> {@code null} — in JSON {@code null} or an absent property — means the form
 * does not say: the filler left it empty, or (as in every seed card) the state of its checkboxes was lost.
 * An empty list or set means "none", known to be empty. Nothing here ever guesses a value.
 * <p>
 * The records are also the JSON format of the data files in {@code catalog-data}, of the stored document
 * and of the REST representation; {@link ir.khadamat.catalog.form.CardForm#FORMAT_VERSION} stamps it.
 */
package ir.khadamat.catalog.form;
