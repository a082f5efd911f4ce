package ir.khadamat.persian;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RialTest {

    @Test
    void groupsDigitsThePersianWay() {
        assertEquals("۴۰٬۰۰۰", Rial.of(40_000).format());
        assertEquals("۴۰٬۰۰۰ ریال", Rial.of(40_000).formatWithUnit());
        assertEquals("1,250,000", Rial.of(1_250_000).formatAscii());
        assertEquals("۰", Rial.of(0).format());
    }

    @Test
    void readsAmountsAsTyped() {
        assertEquals(Rial.of(40_000), Rial.parse("40000"));
        assertEquals(Rial.of(40_000), Rial.parse("40,000"));
        assertEquals(Rial.of(40_000), Rial.parse("۴۰٬۰۰۰ ریال"));
        assertThrows(IllegalArgumentException.class, () -> Rial.parse("چهل هزار"));
        assertThrows(IllegalArgumentException.class, () -> Rial.parse("-5"));
        assertThrows(IllegalArgumentException.class, () -> Rial.of(-1));
    }

    @Test
    void arithmetic() {
        assertEquals(Rial.of(80_000), Rial.of(40_000).times(2));
        assertEquals(Rial.of(40_001), Rial.of(40_000).plus(Rial.of(1)));
    }
}
