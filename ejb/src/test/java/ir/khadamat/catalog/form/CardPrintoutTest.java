package ir.khadamat.catalog.form;

import com.ibm.icu.text.Bidi;
import ir.khadamat.catalog.print.CardPrintout;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Prints the seed cards and a fully filled card, reads the text back from the PDF and looks for the card's
 * text in it.
 * <p>
 * The PDF holds shaped glyphs (presentation forms) in visual order, left to right. {@link PdfText} rebuilds
 * the logical text: it takes the glyphs in the order they were drawn, joins those that touch on one baseline
 * into a line of a cell, turns the line from visual into logical order with ICU's inverse bidi algorithm
 * (paragraph right to left), and the result goes through {@link #normalize} like the expected text: NFKC,
 * which maps the presentation forms and the لا ligature back to the letters; no zero-width joiners or
 * bidi marks; white space folded.
 */
class CardPrintoutTest {

    /** 1 Farvardin 1404, Nowruz. */
    static final LocalDate PRINTED_ON = LocalDate.of(2025, 3, 21);
    static final String PRINTED_ON_JALALI = "۱۴۰۴/۰۱/۰۱";

    static Map<String, String> agencyNames;

    @BeforeAll
    static void agencies() {
        agencyNames = new HashMap<>();
        for (Map<String, String> row : SeedCards.rows("agencies.json")) {
            agencyNames.put(row.get("code"), row.get("persianName"));
        }
    }

    @Test
    void everySeedCardPrintsItsText() throws IOException {
        Map<String, CardForm> cards = SeedCards.all();
        assertEquals(7, cards.size());
        for (CardForm form : cards.values()) {
            String text = print(form);
            List<String> expected = expectedTexts(form);
            assertTrue(expected.size() >= 4, form.key());
            for (String line : expected) {
                assertContains(text, line, form.key());
            }
            // the comparison sees the order of letters: the title spelt backwards is not in the printout
            String backwards = new StringBuilder(form.identification().title()).reverse().toString();
            assertFalse(normalize(text).contains(normalize(backwards)), form.key());
            assertContains(text, "فرم شناسنامه خدمت دستگاه اجرایی", form.key());
            assertContains(text, "تاریخ چاپ: " + PRINTED_ON_JALALI, form.key());
            assertContains(text, "نام دستگاه مادر " + agencyNames.get(form.identification().parentAgency()), form.key());
        }
    }

    @Test
    void unknownChoicePrintsEveryOptionAndUnknown() throws IOException {
        CardForm education = SeedCards.all().get("prisoner-education");
        assertEquals(null, education.specification().serviceTypes(), "the seed lost the ticks");
        String text = print(education);
        String types = between(text, "نوع خدمت", "نوع مخاطبین");
        for (ServiceType type : ServiceType.values()) {
            assertContains(types, type.persianLabel(), "service types");
        }
        assertContains(types, "نامشخص", "service types");
        // §5: 80000 recipients, in Persian digits grouped by thousands
        assertContains(text, "آمار تعداد خدمت گیرندگان ۸۰٬۰۰۰ نفر", "recipients");
        // no processes titled in the seed: unknown, not none
        assertContains(between(text, "عناوین فرایندهای خدمت", "نمودار ارتباطی"), "نامشخص", "§9");
    }

    @Test
    void filledCardPrintsChoicesFeesTitlesAndFiller() throws IOException {
        CardForm full = filledCard(List.of(new AgencyLink("foreign-ministry", "سامانه مکاتبات", "مشخصات زندانی", 12500L,
                LinkMode.NON_ELECTRONIC, InquiryPerformer.AGENCY)));
        String text = print(full);
        String types = between(text, "نوع خدمت", "نوع مخاطبین");
        for (ServiceType type : ServiceType.values()) {
            assertContains(types, type.persianLabel(), "service types");
        }
        assertFalse(normalize(types).contains(normalize("نامشخص")), "a known choice is not unknown: " + types);
        for (String line : expectedTexts(full)) {
            assertContains(text, line, full.key());
        }
        assertContains(text, "۴۰٬۰۰۰ ریال", "fee");
        assertContains(text, "۱۲٬۵۰۰ ریال", "agency link fee");
        assertContains(text, "۱۲۳۴-۵۶۷۸-۹۰", "bank account in Persian digits");
        assertContains(text, "نام و نام خانوادگی مریم احمدی", "filler");
        assertContains(text, "واحد مربوط دفتر آمار و فناوری اطلاعات", "filler");
        assertContains(text, "۲ بار در", "frequency");
        assertContains(text, "وزارت امور خارجه", "agency link");
        assertContains(text, "m.ahmadi@example.ir", "e-mail, left to right");
        assertContains(text, "https://www.prisons.ir/transfer", "web address, left to right");
        assertContains(text, "۹۸/۱۲۳", "counter office contract");
    }

    @Test
    void emptyListPrintsNone() throws IOException {
        String text = print(filledCard(List.of()));
        String links = between(text, "ارتباط خدمت با سایر دستگاه", "عناوین فرایندهای خدمت");
        assertContains(links, "ندارد", "§8");
        assertFalse(links.contains(normalize("نامشخص")), "none is not unknown: " + links);
    }

    /** The lines of the card the printout must hold verbatim. */
    static List<String> expectedTexts(CardForm form) {
        List<String> lines = new ArrayList<>();
        lines.add(form.identification().title());
        lines.add(agencyNames.get(form.identification().executiveAgency()));
        if (form.specification() != null) {
            if (form.specification().requiredDocuments() != null) {
                lines.addAll(form.specification().requiredDocuments());
            }
            if (form.specification().legalBasis() != null) {
                lines.addAll(form.specification().legalBasis());
            }
        }
        if (form.processTitles() != null) {
            lines.addAll(form.processTitles());
        }
        if (form.processDiagram() != null && form.processDiagram().steps() != null) {
            form.processDiagram().steps().forEach(step -> lines.add(step.title()));
        }
        if (form.systemLinks() != null) {
            form.systemLinks().forEach(link -> lines.add(link.system()));
        }
        return lines;
    }

    static String print(CardForm form) throws IOException {
        byte[] pdf = CardPrintout.render(form, agencyNames::get, PRINTED_ON);
        Path dir = Path.of("target", "printouts");
        Files.createDirectories(dir);
        Files.write(dir.resolve(form.key() + ".pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(document.getNumberOfPages() >= 1);
            String text = PdfText.of(document);
            Files.writeString(dir.resolve(form.key() + ".txt"), text);
            return text;
        }
    }

    static void assertContains(String text, String expected, String where) {
        if (!normalize(text).contains(normalize(expected))) {
            fail(where + ": «" + expected + "» not found in the printout:\n" + text);
        }
    }

    /** The part of the text between two headings (normalized). */
    static String between(String text, String from, String to) {
        String t = normalize(text);
        int start = t.indexOf(normalize(from));
        int end = t.indexOf(normalize(to), start + 1);
        assertTrue(start >= 0 && end > start, "«" + from + "» … «" + to + "» not found");
        return t.substring(start, end);
    }

    /** NFKC (presentation forms → letters), no zero-width (non-)joiners, bidi marks or tatweel, white space folded. */
    static String normalize(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC);
        t = t.replaceAll("[\u200B-\u200F\u202A-\u202E\u2066-\u2069\u0640\u00AD]", "");
        return t.replaceAll("\\s+", " ").strip();
    }

    /** The text of a PDF in logical order, one line of a cell after another, as drawn. */
    static final class PdfText extends PDFTextStripper {

        private final List<TextPosition> glyphs = new ArrayList<>();

        static String of(PDDocument document) throws IOException {
            PdfText stripper = new PdfText();
            stripper.getText(document);
            return stripper.lines();
        }

        PdfText() {
            super();
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            glyphs.add(text);
        }

        private String lines() {
            // runs: glyphs drawn one after another, on one baseline, touching
            List<List<TextPosition>> runs = new ArrayList<>();
            List<TextPosition> run = null;
            TextPosition last = null;
            for (TextPosition g : glyphs) {
                if (run == null || !sameLine(last, g) || Math.abs(g.getXDirAdj() - (last.getXDirAdj() + last.getWidthDirAdj())) > 1.5) {
                    run = new ArrayList<>();
                    runs.add(run);
                }
                run.add(g);
                last = g;
            }
            // a line of a cell: consecutive runs on one baseline whose extents touch (runs of other directions)
            List<List<TextPosition>> lines = new ArrayList<>();
            for (List<TextPosition> r : runs) {
                List<TextPosition> line = lines.isEmpty() ? null : lines.get(lines.size() - 1);
                if (line != null && sameLine(line.get(0), r.get(0)) && touches(line, r)) {
                    line.addAll(r);
                } else {
                    lines.add(new ArrayList<>(r));
                }
            }
            StringBuilder out = new StringBuilder();
            for (List<TextPosition> line : lines) {
                line.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
                StringBuilder visual = new StringBuilder();
                line.forEach(g -> visual.append(g.getUnicode()));
                out.append(logical(visual.toString())).append('\n');
            }
            return out.toString();
        }

        private static boolean sameLine(TextPosition a, TextPosition b) {
            return Math.abs(a.getYDirAdj() - b.getYDirAdj()) < 1;
        }

        private static boolean touches(List<TextPosition> line, List<TextPosition> run) {
            double lineStart = Double.MAX_VALUE, lineEnd = -Double.MAX_VALUE;
            for (TextPosition g : line) {
                lineStart = Math.min(lineStart, g.getXDirAdj());
                lineEnd = Math.max(lineEnd, g.getXDirAdj() + g.getWidthDirAdj());
            }
            double runStart = run.get(0).getXDirAdj();
            double runEnd = run.get(run.size() - 1).getXDirAdj() + run.get(run.size() - 1).getWidthDirAdj();
            return Math.abs(runStart - lineEnd) <= 1.5 || Math.abs(lineStart - runEnd) <= 1.5;
        }

        /** A line in visual order (left to right) back to logical order, the paragraph right to left. */
        static String logical(String visual) {
            Bidi bidi = new Bidi();
            bidi.setReorderingMode(Bidi.REORDER_INVERSE_LIKE_DIRECT);
            bidi.setPara(visual, Bidi.RTL, null);
            return bidi.writeReordered(Bidi.DO_MIRRORING);
        }
    }

    /** A card with every field of the form filled, for what the seed cards do not have. */
    static CardForm filledCard(List<AgencyLink> agencyLinks) {
        CardForm seed = SeedCards.all().get("prisoner-transfer");
        Specification s = seed.specification();
        Specification spec = new Specification(s.description(), EnumSet.of(ServiceType.G2C), s.audience(),
                ServiceNature.SOVEREIGN, EnumSet.of(ServiceLevel.NATIONAL, ServiceLevel.PROVINCIAL),
                EnumSet.of(LifeEvent.DOCUMENTS_AND_CERTIFICATES), EnumSet.of(StartTrigger.RECIPIENT_REQUEST, StartTrigger.OTHER),
                "درخواست مرجع قضایی", s.requiredDocuments(), s.legalBasis());
        Details details = new Details(1200L, Period.YEAR, "۱۵ روز کاری", new Details.Frequency(false, 2, Period.YEAR), 1,
                List.of(new Details.Fee(40000L, "1234-5678-90")), true);
        StageChannel electronic = new StageChannel(DeliveryMode.ELECTRONIC, EnumSet.of(ElectronicChannel.INTERNET,
                ElectronicChannel.COUNTER_OFFICE), null, "98/123", "دفاتر خدمات قضایی", Set.of(), null, Set.of());
        StageChannel inPerson = new StageChannel(DeliveryMode.NON_ELECTRONIC, Set.of(), null, null, null,
                EnumSet.of(PresenceReason.VERIFY_PERSON), null, EnumSet.of(OfficeLevel.PROVINCIAL));
        StageChannel production = new StageChannel(DeliveryMode.NON_ELECTRONIC, Set.of(), null, null, null, null,
                "حضور برای دریافت نامه", null);
        Access access = new Access("https://www.prisons.ir/transfer", "سامانه جامع زندانیان", electronic, electronic,
                production, inPerson);
        return new CardForm(1, "prisoner-transfer-filled", seed.summary(), seed.identification(), spec, details, access,
                seed.systemLinks(), agencyLinks, List.of("ثبت درخواست انتقال", "بررسی در شورای طبقه‌بندی"),
                seed.processDiagram(), new FormFiller("مریم احمدی", "021-12345678", "m.ahmadi@example.ir",
                "دفتر آمار و فناوری اطلاعات"));
    }
}
