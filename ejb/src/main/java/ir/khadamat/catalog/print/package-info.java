/**
 * The annex-1 printout: a card laid out as the official form (فرم شناسنامه خدمت دستگاه اجرایی — ضمیمه ۱), its
 * fields labelled from the form's one home of labels ({@code catalog.form.FieldLabels}), rendered as PDF by the
 * kernel's Persian PDF engine ({@code ir.khadamat.pdf}).
 */
package ir.khadamat.catalog.print;
