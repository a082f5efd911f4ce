package ir.khadamat.pdf;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PersianShaperTest {

    private final PersianShaper shaper = new PersianShaper();

    @Test
    void persianLettersTakeTheirJoinedForms() {
        // پ initial, ی medial, ک final: ICU's ArabicShaping leaves the last two alone
        assertEquals("\uFB58\uFBFF\uFB8F", shaper.shapeText("پیک"));
        // گ initial, ر final (ر does not join forward), د isolated
        assertEquals("\uFB94\uFEAE\uFEA9", shaper.shapeText("گرد"));
        // Arabic yeh keeps its own forms: ي initial, ا final
        assertEquals("\uFEF3\uFE8E", shaper.shapeText("يا"));
    }

    @Test
    void lamAlefIsOneLigature() {
        assertEquals("\uFEFB", shaper.shapeText("لا"));
        // س initial, لا final (joined to the seen), م isolated
        assertEquals("\uFEB3\uFEFC\uFEE1", shaper.shapeText("سلام"));
    }

    @Test
    void zeroWidthNonJoinerBreaksTheJoin() {
        // م initial, ی final, ZWNJ, ش initial, و final, د isolated
        assertEquals("\uFEE3\uFBFD\u200C\uFEB7\uFEEE\uFEA9", shaper.shapeText("می\u200Cشود"));
    }

    @Test
    void compatibilityDecompositionGivesTheTextBack() {
        String text = "سازمان زندانها و اقدامات تامینی و تربیتی کشور (G2C) ۱۴۰۴/۰۱/۰۱ تلفن گويا يا مرکز تماس";
        assertEquals(text, Normalizer.normalize(shaper.shapeText(text), Normalizer.Form.NFKC));
    }
}
