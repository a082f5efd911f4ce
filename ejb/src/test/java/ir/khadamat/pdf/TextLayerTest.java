package ir.khadamat.pdf;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextLayerTest {

    @Test
    void aFormIsItsLetter() {
        assertEquals("ا", TextLayer.letters("\uFE8E"));  // alef, final form
        assertEquals("ی", TextLayer.letters("\uFBFE"));  // Farsi yeh, initial form
        assertEquals("ک", TextLayer.letters("\uFB90"));  // keheh, initial form
    }

    @Test
    void theLamAlefLigatureIsTwoLettersInReadingOrder() {
        assertEquals("\u0644\u0627", TextLayer.letters("\uFEFB"));  // «لا»
        assertEquals("\u0644\u0622", TextLayer.letters("\uFEF6"));  // lam with alef madda, final form
    }

    @Test
    void otherTextIsLeftAsItIs() {
        assertEquals("(", TextLayer.letters("("));
        assertEquals("۱۴۰۴", TextLayer.letters("۱۴۰۴"));
        assertEquals("\u200C", TextLayer.letters("\u200C"));
        assertEquals("A", TextLayer.letters("A"));
    }
}
