package ir.khadamat.catalog.print;

import ir.khadamat.catalog.form.CardForm;
import ir.khadamat.catalog.form.Identification;
import ir.khadamat.markup.Xhtml;
import ir.khadamat.pdf.PersianPdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Function;

/**
 * A card printed as the official annex-1 form (فرم شناسنامه خدمت دستگاه اجرایی — ضمیمه ۱), as PDF: A4, right
 * to left, in the embedded Vazirmatn font, every section in the form's order ({@link CardSections}), rendered by
 * the kernel's {@link PersianPdf}.
 * <p>
 * A choice is printed as the form prints it: every option with a box, the chosen ones filled. When the
 * card does not know the choice ({@code null}) every box stays empty and «نامشخص» follows. An unknown text
 * prints as «نامشخص», an empty list as «ندارد». The card's own text is printed as it is; the numbers this
 * class writes (counts, amounts, dates, page numbers) are in Persian digits.
 */
public final class CardPrintout {

    private CardPrintout() {
    }

    /**
     * @param form       the card
     * @param agencyName agency code → Persian name (may return null for unknown codes, then the code is printed)
     * @param printedOn  the day of printing, printed as a Jalali date
     * @return the PDF
     */
    public static byte[] render(CardForm form, Function<String, String> agencyName, LocalDate printedOn) {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(agencyName, "agencyName");
        Objects.requireNonNull(printedOn, "printedOn");
        return PersianPdf.render(xhtml(form, agencyName, printedOn), printedOn);
    }

    /** The printout as XHTML, before rendering. */
    static String xhtml(CardForm form, Function<String, String> agencyName, LocalDate printedOn) {
        FormXhtml page = new FormXhtml(agencyName);
        CardSections sections = new CardSections(page);
        AccessSection access = new AccessSection(page);
        Xhtml x = page.x;
        Identification id = form.identification();
        String title = id == null ? null : id.title();
        x.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"fa\" dir=\"rtl\"><head>")
                .raw("<meta charset=\"UTF-8\"/>");
        x.element("title", null, title == null ? "شناسنامه خدمت" : title);
        x.raw("<meta name=\"subject\" content=\"").text("فرم شناسنامه خدمت دستگاه اجرایی (پیوست ۱)").raw("\"/>");
        x.raw("<style>\n").text(css()).raw("</style></head><body dir=\"rtl\">");
        sections.titleBlock(form, printedOn);
        sections.identification(id);
        sections.specification(form.specification());
        sections.details(form.details());
        access.access(form.access());
        sections.systemLinks(form.systemLinks());
        sections.agencyLinks(form.agencyLinks());
        sections.processTitles(form.processTitles());
        sections.processDiagram(form.processDiagram());
        sections.filler(form.filler());
        x.raw("</body></html>");
        return x.toString();
    }

    private static String css() {
        try (InputStream in = CardPrintout.class.getResourceAsStream("printout.css")) {
            if (in == null) {
                throw new IllegalStateException("Missing printout.css");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
