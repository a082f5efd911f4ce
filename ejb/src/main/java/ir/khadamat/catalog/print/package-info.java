/**
 * The annex-1 printout (چاپ فرم شناسنامه خدمت) and the Persian PDF it is made with: right-to-left XHTML rendered by
 * openhtmltopdf in the embedded Vazirmatn font, with a shaper that joins the Persian letters ICU leaves apart, page
 * numbers and the Jalali date in Persian digits. The runtime prints its issued documents through the same engine.
 */
package ir.khadamat.catalog.print;
