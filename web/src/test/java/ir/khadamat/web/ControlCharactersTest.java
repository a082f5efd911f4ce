package ir.khadamat.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ControlCharactersTest {

    @Test
    void controlCharactersAreDroppedAndTheTextKept() {
        assertEquals("کتابخانه", ControlCharacters.clean("کتاب\u0000خانه"));
        assertEquals("ab", ControlCharacters.clean("a\u0007\u001b\u007fb"));
    }

    @Test
    void tabsLineBreaksAndPersianJoinersStay() {
        assertEquals("a\tb\nc\r\nd", ControlCharacters.clean("a\tb\nc\r\nd"));
        assertEquals("حرفه\u200cآموزی", ControlCharacters.clean("حرفه\u200cآموزی"));
        assertNull(ControlCharacters.clean(null));
    }
}
