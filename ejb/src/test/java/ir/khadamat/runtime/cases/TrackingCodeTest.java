package ir.khadamat.runtime.cases;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tracking codes: well formed, checked by their last digit, never one a case has; equal by their digits. */
class TrackingCodeTest {

    @Test
    void aCodeHasSixteenDigitsAndItsCheckDigit() {
        String code = TrackingCode.next().value();
        assertEquals(TrackingCode.LENGTH, code.length());
        assertEquals(Optional.of(code), TrackingCode.parse(code).map(TrackingCode::value));
        char last = code.charAt(TrackingCode.LENGTH - 1);
        String mistyped = code.substring(0, TrackingCode.LENGTH - 1) + (char) ('0' + (last - '0' + 1) % 10);
        assertEquals(Optional.empty(), TrackingCode.parse(mistyped));
        assertEquals(Optional.empty(), TrackingCode.parse("۱" + code.substring(1)), "ASCII digits only");
        assertEquals(Optional.empty(), TrackingCode.parse(" " + code), "nothing around the digits");
        assertEquals(Optional.empty(), TrackingCode.parse(code.substring(1)));
        assertEquals(Optional.empty(), TrackingCode.parse(null));
        assertThrows(IllegalArgumentException.class, () -> TrackingCode.of(mistyped));
    }

    @Test
    void codesAreEqualByTheirDigitsAndPrintAsThem() {
        TrackingCode code = TrackingCode.next();
        TrackingCode same = TrackingCode.of(code.value());
        assertEquals(code, same);
        assertEquals(code.hashCode(), same.hashCode());
        assertEquals(code.value(), code.toString());
        assertNotEquals(code, TrackingCode.next());
        assertNotEquals(code, code.value());
    }

    @Test
    void theConverterStoresTheDigitsAndReadsBackWhatARowHolds() {
        TrackingCodeConverter converter = new TrackingCodeConverter();
        TrackingCode code = TrackingCode.next();
        assertEquals(code.value(), converter.convertToDatabaseColumn(code));
        assertEquals(code, converter.convertToEntityAttribute(code.value()));
        assertEquals("12345", converter.convertToEntityAttribute("12345").value(), "a row is read as it is");
        assertEquals(null, converter.convertToDatabaseColumn(null));
        assertEquals(null, converter.convertToEntityAttribute(null));
    }
}
