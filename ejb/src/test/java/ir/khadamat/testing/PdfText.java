package ir.khadamat.testing;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.ibm.icu.text.Bidi;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a Persian PDF says, as one reads it: its text in logical order (lines top to bottom, the pieces of a line right
 * to left, each from visual back to logical order), and the QR codes of its images.
 * The one reading of the printout's unit test (CardPrintoutTest) and of the container tests (for PDFs a running
 * server gave); the container tests have it from this module's test jar.
 */
public final class PdfText extends PDFTextStripper {

    private final List<TextPosition> glyphs = new ArrayList<>();
    private final Map<TextPosition, Integer> pages = new IdentityHashMap<>();
    private int pageNumber;

    private PdfText() {
    }

    /** The text of the PDF, one line per printed line, normalized (see {@link #normalize}). */
    public static String of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return normalize(lines(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The lines of the document's pages in reading order: top to bottom; on a line, the pieces of touching glyphs
     * (a cell, a choice) from right to left, each turned from visual into logical order; not normalized.
     */
    public static String lines(PDDocument document) throws IOException {
        PdfText stripper = new PdfText();
        stripper.getText(document);
        return stripper.lines();
    }

    /** The texts of the QR codes among the images of the PDF's pages. */
    public static List<String> qrCodes(byte[] pdf) {
        List<String> found = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                        BufferedImage picture = image.getImage();
                        int w = picture.getWidth();
                        int h = picture.getHeight();
                        int[] pixels = picture.getRGB(0, 0, w, h, null, 0, w);
                        try {
                            found.add(new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                                    new RGBLuminanceSource(w, h, pixels)))).getText());
                        } catch (NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException e) {
                            // an image that is no QR code
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /**
     * Spaces folded per line, and none of the marks a PDF does not draw (zero-width space and joiner, bidi marks, soft
     * hyphen). Nothing else: no compatibility folding, so the PDF's text must be the letters themselves, as a reader
     * copies them ({@code ir.khadamat.pdf.TextLayer}); the zero-width non-joiner of «می‌شود» is drawn and kept.
     */
    public static String normalize(String s) {
        String t = s.replaceAll("[\u200B\u200D-\u200F\u202A-\u202E\u2066-\u2069\u00AD]", "");
        return t.replaceAll("[ \t]+", " ").strip();
    }

    /** Whether the text holds Arabic presentation forms (shapes, not letters). */
    public static boolean hasPresentationForms(String s) {
        return s.codePoints().anyMatch(c -> (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF));
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        super.startPage(page);
        pageNumber++;
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        glyphs.add(text);
        pages.put(text, pageNumber);
    }

    private String lines() {
        List<TextPosition> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingInt((TextPosition g) -> pages.get(g)).thenComparingDouble(TextPosition::getYDirAdj));
        StringBuilder out = new StringBuilder();
        List<TextPosition> line = new ArrayList<>();
        for (TextPosition g : sorted) {
            if (!line.isEmpty() && (!pages.get(g).equals(pages.get(line.get(0)))
                    || g.getYDirAdj() - line.get(line.size() - 1).getYDirAdj() > 1.5)) {
                out.append(line(line)).append('\n');
                line.clear();
            }
            line.add(g);
        }
        if (!line.isEmpty()) {
            out.append(line(line)).append('\n');
        }
        return out.toString();
    }

    /** One line: its glyphs left to right, cut where they do not touch, the pieces read right to left. */
    private static String line(List<TextPosition> glyphs) {
        glyphs.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
        List<String> pieces = new ArrayList<>();
        StringBuilder visual = new StringBuilder();
        TextPosition last = null;
        for (TextPosition g : glyphs) {
            if (last != null && g.getXDirAdj() - (last.getXDirAdj() + last.getWidthDirAdj()) > 1.5) {
                pieces.add(logical(visual.toString()));
                visual.setLength(0);
            }
            visual.append(drawingOrder(g.getUnicode()));
            last = g;
        }
        pieces.add(logical(visual.toString()));
        Collections.reverse(pieces);
        return String.join(" ", pieces);
    }

    /**
     * A glyph's letters as they lie in a line drawn left to right: a ligature's right-to-left letters (لا) reversed,
     * so that turning the line into reading order keeps them in theirs; as PDFBox's own reading does.
     */
    private static String drawingOrder(String glyph) {
        if (glyph.codePointCount(0, glyph.length()) < 2 || !new Bidi(glyph, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).isRightToLeft()) {
            return glyph;
        }
        return new StringBuilder(glyph).reverse().toString();
    }

    /**
     * A line in visual order (left to right) back to logical order, the paragraph right to left; a piece with no
     * right-to-left letter at all (a code such as T-4455 in a cell of its own) is read left to right, as it is drawn.
     */
    public static String logical(String visual) {
        if (visual.codePoints().noneMatch(c -> Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                || Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT)) {
            return visual;
        }
        Bidi bidi = new Bidi();
        bidi.setReorderingMode(Bidi.REORDER_INVERSE_LIKE_DIRECT);
        bidi.setPara(visual, Bidi.RTL, null);
        return bidi.writeReordered(Bidi.DO_MIRRORING);
    }
}
