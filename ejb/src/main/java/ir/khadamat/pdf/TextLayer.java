package ir.khadamat.pdf;

import com.ibm.icu.text.Normalizer2;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text a PDF reader copies, searches and reads aloud: the letters, not the shapes drawn. Persian is drawn as
 * presentation forms ({@link PersianShaper}: ﺍ ﻧ ﺘ ﻘ …), and PDFBox writes each glyph's ToUnicode as the form it
 * was asked for; a reader that copies «انتقال» would get «ﺍﻧﺘﻘﺎﻝ», which matches nothing. Here every font's
 * ToUnicode map is rewritten to the letters (Unicode's compatibility decomposition of the forms). A glyph that stands
 * for several letters (the لا ligature) maps to them in reading order, as PDF 32000-1 §9.10 has it: a reader puts the
 * glyphs of a line in reading order and keeps each glyph's letters as they are (PDFBox does).
 */
final class TextLayer {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final int CODES = 0x10000; // Identity-H: two-byte codes
    private static final Pattern BLOCK = Pattern.compile("beginbf(char|range)\\s*\\n(.*?)endbf\\1", Pattern.DOTALL);
    private static final Pattern HEX = Pattern.compile("<([0-9A-Fa-f]{1,8})>");

    private TextLayer() {
    }

    /** The PDF with the ToUnicode maps of its embedded fonts giving letters instead of presentation forms. */
    static byte[] letters(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Set<COSDictionary> done = Collections.newSetFromMap(new IdentityHashMap<>());
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    if (font instanceof PDType0Font type0 && done.add(font.getCOSObject())) {
                        rewrite(document, type0);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 4096);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the printout's text layer", e);
        }
    }

    private static void rewrite(PDDocument document, PDType0Font font) throws IOException {
        if (!(font.getCOSObject().getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream old)) {
            return;
        }
        TreeMap<Integer, String> map = new TreeMap<>();
        boolean changed = false;
        BitSet codes = codes(old);
        for (int code = codes.nextSetBit(0); code >= 0; code = codes.nextSetBit(code + 1)) {
            String text = font.toUnicode(code);
            if (text == null || text.isEmpty()) {
                continue;
            }
            String letters = letters(text);
            changed |= !letters.equals(text);
            map.put(code, letters);
        }
        if (!changed) {
            return;
        }
        COSStream cmap = document.getDocument().createCOSStream();
        try (OutputStream out = cmap.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(cmap(map).getBytes(StandardCharsets.US_ASCII));
        }
        font.getCOSObject().setItem(COSName.TO_UNICODE, cmap);
    }

    /** The codes a ToUnicode CMap maps: its {@code bfchar} entries and the spans of its {@code bfrange}s. */
    private static BitSet codes(COSStream cmap) throws IOException {
        String text;
        try (InputStream in = cmap.createInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        BitSet codes = new BitSet();
        Matcher block = BLOCK.matcher(text);
        while (block.find()) {
            boolean range = block.group(1).equals("range");
            for (String line : block.group(2).split("\n")) {
                Matcher hex = HEX.matcher(line);
                if (!hex.find()) {
                    continue;
                }
                int from = Integer.parseInt(hex.group(1), 16);
                int to = range && hex.find() ? Integer.parseInt(hex.group(1), 16) : from;
                codes.set(from, Math.min(to, CODES - 1) + 1);
            }
        }
        return codes;
    }

    /** A glyph's text as letters: presentation forms decomposed, a ligature's letters in reading order. */
    static String letters(String text) {
        boolean forms = text.codePoints().anyMatch(c -> (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF));
        return forms ? NFKC.normalize(text) : text;
    }

    /** A ToUnicode CMap (PDF 32000-1 §9.10.3) of two-byte codes, in blocks of at most 100 entries. */
    private static String cmap(TreeMap<Integer, String> map) {
        StringBuilder s = new StringBuilder(64 + map.size() * 20);
        s.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        var entries = map.entrySet().iterator();
        while (entries.hasNext()) {
            StringBuilder block = new StringBuilder();
            int n = 0;
            for (; n < 100 && entries.hasNext(); n++) {
                var e = entries.next();
                block.append(String.format("<%04X> <", e.getKey()));
                for (char c : e.getValue().toCharArray()) {
                    block.append(String.format("%04X", (int) c));
                }
                block.append(">\n");
            }
            s.append(n).append(" beginbfchar\n").append(block).append("endbfchar\n");
        }
        s.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return s.toString();
    }
}
