package ir.khadamat.catalog;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ServiceIdTest {

    @Test
    void elevenDigitsInAnyScriptAreAnId() {
        assertEquals(Optional.of(new ServiceId("12345678901")), ServiceId.parse("12345678901"));
        assertEquals(Optional.of(new ServiceId("12345678901")), ServiceId.parse(" ۱۲۳۴۵۶۷۸۹۰۱ "));
        assertEquals(Optional.of(new ServiceId("12345678901")), ServiceId.parse("١٢٣٤٥٦٧٨٩٠١"));
    }

    @Test
    void anythingElseIsNone() {
        assertEquals(Optional.empty(), ServiceId.parse("1234567890"));
        assertEquals(Optional.empty(), ServiceId.parse("123456789012"));
        assertEquals(Optional.empty(), ServiceId.parse("1234567890a"));
        assertEquals(Optional.empty(), ServiceId.parse(""));
        assertEquals(Optional.empty(), ServiceId.parse(null));
        assertThrows(IllegalArgumentException.class, () -> new ServiceId("12"));
    }
}
