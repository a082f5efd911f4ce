/**
<<<<<<< HEAD
 * The annex-1 printout (چاپ فرم شناسنامه خدمت) and the Persian PDF it is made with: right-to-left XHTML rendered by
 * openhtmltopdf in the embedded Vazirmatn font, with a shaper that joins the Persian letters ICU leaves apart, page
 * numbers and the Jalali date in Persian digits. The runtime prints its issued documents through the same engine.
=======
 * The annex-1 printout: a card laid out as the official form (فرم شناسنامه خدمت دستگاه اجرایی — ضمیمه ۱), its
 * fields labelled from the form's one home of labels ({@code catalog.form.FieldLabels}), rendered as PDF by the
 * kernel's Persian PDF engine ({@code ir.khadamat.pdf}).
>>>>>>> print
 */
package ir.khadamat.catalog.print;
