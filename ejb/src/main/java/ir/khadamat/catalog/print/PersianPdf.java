package ir.khadamat.catalog.print;

import java.time.LocalDate;

/**
 * Persian right-to-left PDF documents from XHTML, as the annex-1 printout makes them (embedded Vazirmatn, letters
 * joined, tables right to left, page numbers and the Jalali printing date in Persian digits). Other official
 * documents (certificates, letters, visit cards) are printed through here too.
 */
public final class PersianPdf {

    private PersianPdf() {
    }

    /** @param xhtml a well-formed XHTML document, its text escaped ({@link #escape}) */
    public static byte[] render(String xhtml, LocalDate printedOn) {
        return CardPrintout.pdf(xhtml, printedOn);
    }

    /** Text made safe for XHTML. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
