package ir.khadamat.runtime.cases;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tracking codes: well formed, checked by their last digit, never one a case has. */
class TrackingCodeTest {

    @Test
    void aCodeHasSixteenDigitsAndItsCheckDigit() {
        String code = TrackingCode.next();
        assertEquals(TrackingCode.LENGTH, code.length());
        assertTrue(TrackingCode.isValid(code));
        char last = code.charAt(TrackingCode.LENGTH - 1);
        assertFalse(TrackingCode.isValid(code.substring(0, TrackingCode.LENGTH - 1) + (char) ('0' + (last - '0' + 1) % 10)));
        assertFalse(TrackingCode.isValid("۱" + code.substring(1)), "ASCII digits only");
        assertFalse(TrackingCode.isValid(null));
    }

    @Test
    void aCodeTakenIsDrawnAgain() {
        Set<String> drawn = new HashSet<>();
        String code = TrackingCode.nextUnused(c -> drawn.add(c) && drawn.size() < 3);
        assertEquals(3, drawn.size(), "the first two were taken");
        assertTrue(drawn.contains(code));
        assertTrue(TrackingCode.isValid(code));
    }
}
