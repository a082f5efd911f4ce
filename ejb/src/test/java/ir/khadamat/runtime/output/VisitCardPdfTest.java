package ir.khadamat.runtime.output;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A visit card, with every line a card has, fits one A5 page (saved in target/ to look at). */
class VisitCardPdfTest {

    @Test
    void aVisitCardIsOnePage() throws Exception {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("کد ملی ملاقات‌کننده", "0012345679");
        lines.put("نام و نام خانوادگی ملاقات‌کننده", "مریم احمدی");
        lines.put("شماره زندانی", "T-4455");
        lines.put("نام و نام خانوادگی زندانی", "علی رضایی");
        lines.put("نسبت با زندانی", "وکیل یا وابسته قضایی");
        lines.put("نوع ملاقات", "ملاقات حضوری");
        lines.put("تاریخ ملاقات", "چهارشنبه ۱۹ آذر ۱۴۰۵");
        lines.put("ساعت ملاقات", "۰۹:۳۰");
        lines.put("محل ملاقات", "ندامتگاه تهران بزرگ");
        byte[] pdf = IssuedDocuments.render("کارت ملاقات", "ملاقات زندانیان با خانواده", lines, "6195322708241179",
                "4D9TH4TPP4", LocalDate.of(2026, 12, 2));
        Path dir = Files.createDirectories(Path.of("target", "printouts"));
        Files.write(dir.resolve("visit-card.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
        }
    }
}
