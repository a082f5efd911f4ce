package ir.khadamat.pdf;

import com.ibm.icu.text.Bidi;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.bidi.support.ICUBreakers;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import ir.khadamat.persian.Iran;
import ir.khadamat.persian.JalaliDate;
import ir.khadamat.persian.PersianDigits;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Persian right-to-left PDF documents from XHTML (openhtmltopdf on PDFBox): the embedded Vazirmatn font, letters
 * joined ({@link PersianShaper}), ICU's bidi and line breaking, table rows right to left, and at the foot of every
 * page its number and the Jalali printing date in Persian digits; its text layer gives the letters, not the shapes
 * ({@link TextLayer}). The annex-1 printout, certificates, letters and
 * visit cards are all printed through here; the page itself (size, margins, layout) is the caller's CSS.
 */
public final class PersianPdf {

    /** The CSS {@code font-family} of the embedded font, regular (400) and bold (700). */
    public static final String FONT_FAMILY = "Vazirmatn";
    private static final String FONTS = "/ir/khadamat/pdf/fonts/";
    private static final float MM = 72f / 25.4f;

    private PersianPdf() {
    }

    /**
     * @param xhtml     a well-formed XHTML document, its text escaped ({@code ir.khadamat.markup})
     * @param printedOn the day of printing, written at the foot of every page as a Jalali date
     * @return the PDF
     */
    public static byte[] render(String xhtml, LocalDate printedOn) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        try {
            RendererLogging.install();
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessbility(true); // tagged: headings, tables and paragraphs for a screen reader (PDF/UA)
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            builder.useUnicodeBidiReorderer(new PersianShaper()); // ICU's reordering, shaping that knows ی ک گ پ چ ژ
            builder.useUnicodeLineBreaker(new ICUBreakers.ICULineBreaker(Iran.PERSIAN));
            builder.defaultTextDirection(TextDirection.RTL);
            builder.useFont(() -> font("Vazirmatn-Regular.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("Vazirmatn-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.withW3cDocument(mirrorTables(xhtml), null);
            builder.withProducer("Khadamat");
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render a printout", e);
        }
        return TextLayer.letters(footer(pdf.toByteArray(), JalaliDate.from(printedOn)));
    }

    /**
     * Writes «صفحه ۱ از ۳ — تاریخ چاپ: …» at the foot of every page. CSS page counters would print ASCII
     * digits, so the footer is drawn once the number of pages is known: shaped, then put in visual order.
     */
    static byte[] footer(byte[] pdf, JalaliDate printedOn) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDType0Font font;
            try (InputStream in = font("Vazirmatn-Regular.ttf")) {
                font = PDType0Font.load(document, in, true);
            }
            PersianShaper shaper = new PersianShaper();
            int pages = document.getNumberOfPages();
            float size = 8f;
            for (int i = 0; i < pages; i++) {
                PDPage page = document.getPage(i);
                String text = "صفحه " + PersianDigits.toPersian(i + 1) + " از " + PersianDigits.toPersian(pages)
                        + " — تاریخ چاپ: " + printedOn.format();
                Bidi bidi = new Bidi();
                bidi.setPara(shaper.shapeText(text), Bidi.RTL, null);
                String visual = bidi.writeReordered(Bidi.DO_MIRRORING);
                float width = font.getStringWidth(visual) / 1000f * size;
                PDRectangle box = page.getMediaBox();
                try (PDPageContentStream footer = new PDPageContentStream(document, page,
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    footer.beginMarkedContent(COSName.ARTIFACT); // not the document's text: a screen reader skips it
                    footer.beginText();
                    footer.setFont(font, size);
                    footer.setNonStrokingColor(0.2f, 0.2f, 0.2f);
                    footer.newLineAtOffset(box.getLowerLeftX() + (box.getWidth() - width) / 2, box.getLowerLeftY() + 9f * MM);
                    footer.showText(visual);
                    footer.endText();
                    footer.endMarkedContent();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 16 * 1024);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the page numbers", e);
        }
    }

    /**
     * The XHTML as a DOM with the cells of every table row in reverse order. openhtmltopdf lays table
     * columns out left to right whatever the direction, so a row written in reading order (the first cell
     * on the right) is mirrored before rendering.
     */
    static Document mirrorTables(String xhtml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
            NodeList rows = document.getElementsByTagNameNS("*", "tr");
            for (int i = 0; i < rows.getLength(); i++) {
                Node row = rows.item(i);
                List<Node> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNextSibling()) {
                    cells.add(cell);
                }
                for (int c = cells.size() - 1; c >= 0; c--) {
                    row.appendChild(cells.get(c)); // moves it: the last cell first
                }
            }
            return document;
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("The printout is not well-formed XHTML", e);
        }
    }

    private static InputStream font(String file) {
        InputStream in = PersianPdf.class.getResourceAsStream(FONTS + file);
        if (in == null) {
            throw new IllegalStateException("Missing font " + file);
        }
        return in;
    }
}
