/**
 * The Persian PDF engine: right-to-left XHTML rendered by openhtmltopdf on PDFBox in the embedded Vazirmatn font,
 * with shaping that knows the Persian letters, table rows mirrored, and page numbers and the Jalali printing date in
 * Persian digits. It knows no card and no case: the annex-1 printout ({@code catalog.print}) and the issued
 * documents ({@code runtime.output}) bring their own layout.
 */
package ir.khadamat.pdf;
