package ir.khadamat.persian;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The words of a search marked in a text however they were typed, the text itself kept as written. */
class HighlightsTest {

    /** The text with its found runs in brackets. */
    private static String marked(String text, String query) {
        return Highlights.of(text, query).stream().map(r -> r.found() ? "[" + r.text() + "]" : r.text())
                .collect(Collectors.joining());
    }

    @Test
    void zwnjASpaceAndNoSeparatorMarkTheSameWord() {
        String text = "آموزش حرفه‌آموزی زندانیان";
        assertEquals("آموزش [حرفه‌آموزی] زندانیان", marked(text, "حرفه‌آموزی"));
        assertEquals("آموزش [حرفه‌آموزی] زندانیان", marked(text, "حرفه آموزی"));
        assertEquals("آموزش [حرفه‌آموزی] زندانیان", marked(text, "حرفهآموزی"));
    }

    @Test
    void arabicLettersAndDigitsOfAnyScriptAreFound() {
        assertEquals("[ملاقات] زندانیان", marked("ملاقات زندانیان", "ملاقات"));
        assertEquals("خدمات [زندانیان]", marked("خدمات زندانیان", "زندانيان"));
        assertEquals("مهلت [۱۵] روز", marked("مهلت ۱۵ روز", "15"));
        assertEquals("[ملاقات] و [زندانیان]", marked("ملاقات و زندانیان", "زندانیان ملاقات"));
    }

    @Test
    void nothingFoundIsTheTextAsItIs() {
        assertEquals(List.of(new Highlights.Run("ملاقات", false)), Highlights.of("ملاقات", "انتقال"));
        assertEquals(List.of(new Highlights.Run("ملاقات", false)), Highlights.of("ملاقات", null));
        assertEquals(List.of(new Highlights.Run("ملاقات و", false)), Highlights.of("ملاقات و", "و"), "one letter marks nothing");
        assertEquals(List.of(), Highlights.of(null, "ملاقات"));
    }
}
