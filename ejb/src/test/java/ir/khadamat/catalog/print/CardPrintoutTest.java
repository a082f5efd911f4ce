package ir.khadamat.catalog.print;

import ir.khadamat.catalog.form.Access;
import ir.khadamat.catalog.form.AgencyLink;
import ir.khadamat.catalog.form.CardForm;
import ir.khadamat.catalog.form.DeliveryMode;
import ir.khadamat.catalog.form.Details;
import ir.khadamat.catalog.form.ElectronicChannel;
import ir.khadamat.catalog.form.FormFiller;
import ir.khadamat.catalog.form.InquiryPerformer;
import ir.khadamat.catalog.form.LifeEvent;
import ir.khadamat.catalog.form.LinkMode;
import ir.khadamat.catalog.form.OfficeLevel;
import ir.khadamat.catalog.form.Period;
import ir.khadamat.catalog.form.PresenceReason;
import ir.khadamat.catalog.form.SeedCards;
import ir.khadamat.catalog.form.ServiceLevel;
import ir.khadamat.catalog.form.ServiceNature;
import ir.khadamat.catalog.form.ServiceType;
import ir.khadamat.catalog.form.Specification;
import ir.khadamat.catalog.form.StageChannel;
import ir.khadamat.catalog.form.StartTrigger;
import ir.khadamat.testing.PdfText;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * The PDF draws shaped glyphs (presentation forms) in visual order, left to right, and its text layer says which
 * letters they are ({@code ir.khadamat.pdf.TextLayer}). {@link PdfText} reads it as PDFBox extracts it, glyph by
 * glyph, and rebuilds the text as one reads the page: line by line from the top, and on a line the pieces of touching
 * glyphs (a cell, a choice) from right to left, each turned from visual into logical order with ICU's inverse bidi
 * algorithm (paragraph right to left). The card's text is then found as it is, without compatibility folding
 * (NFKC): only white space is folded, and the marks a PDF does not draw are left out.
 */
public class CardPrintoutTest {

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
            assertFalse(PdfText.hasPresentationForms(text), form.key() + ": the text layer gives shapes, not letters");
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
            assertContains(text, "صفحه ۱ از ", form.key());
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
        CardForm full = filledCard("filled-card", List.of(new AgencyLink("foreign-ministry", "سامانه مکاتبات", "مشخصات زندانی", 12500L,
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
        assertContains(text, "نوع مخاطبین " + AUDIENCE, "text with markup characters");
        assertContains(text, "m.ahmadi@example.ir", "e-mail, left to right");
        assertContains(text, "https://www.prisons.ir/transfer", "web address, left to right");
        assertContains(text, "۹۸/۱۲۳", "counter office contract");
    }

    @Test
    void emptyListPrintsNone() throws IOException {
        String text = print(filledCard("filled-card-no-links", List.of()));
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
            String text = PdfText.lines(document);
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

    /** As {@link PdfText#normalize}, the lines joined into one. */
    static String normalize(String s) {
        return PdfText.normalize(s).replaceAll("\\s+", " ");
    }

    /** Text with markup characters, printed as it is. */
    static final String AUDIENCE = "زندانیان <آزاد شده> & خانواده \"آنان\"";

    /** A card with every field of the form filled, for what the seed cards do not have. */
    public static CardForm filledCard(String key, List<AgencyLink> agencyLinks) {
        CardForm seed = SeedCards.all().get("prisoner-transfer");
        Specification s = seed.specification();
        Specification spec = new Specification(s.description(), EnumSet.of(ServiceType.G2C), AUDIENCE,
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
        return new CardForm(1, key, seed.summary(), seed.identification(), spec, details, access,
                seed.systemLinks(), agencyLinks, List.of("ثبت درخواست انتقال", "بررسی در شورای طبقه‌بندی"),
                seed.processDiagram(), new FormFiller("مریم احمدی", "021-12345678", "m.ahmadi@example.ir",
                "دفتر آمار و فناوری اطلاعات"));
    }
}
