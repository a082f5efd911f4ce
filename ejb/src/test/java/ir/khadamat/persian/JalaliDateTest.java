package ir.khadamat.persian;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JalaliDateTest {

    @Test
    void fixedPointsOfTheCalendar() {
        assertEquals(LocalDate.of(2024, 3, 20), JalaliDate.of(1403, 1, 1).toLocalDate());
        assertEquals(LocalDate.of(2025, 3, 21), JalaliDate.of(1404, 1, 1).toLocalDate());
        assertEquals(LocalDate.of(2021, 3, 20), JalaliDate.of(1399, 12, 30).toLocalDate());
        assertEquals(JalaliDate.of(1403, 1, 1), JalaliDate.from(LocalDate.of(2024, 3, 20)));
        JalaliDate d = JalaliDate.from(LocalDate.of(2026, 11, 25));
        assertEquals("1405/09/04", d.formatAscii());
    }

    @Test
    void leapYears() {
        assertTrue(JalaliDate.isLeapYear(1399));
        assertTrue(JalaliDate.isLeapYear(1403));
        assertFalse(JalaliDate.isLeapYear(1402));
        assertEquals(LocalDate.of(2025, 3, 20), JalaliDate.of(1403, 12, 30).toLocalDate());
        assertThrows(IllegalArgumentException.class, () -> JalaliDate.of(1402, 12, 30));
    }

    @Test
    void monthLengths() {
        assertEquals(31, JalaliDate.lengthOfMonth(1403, 6));
        assertEquals(30, JalaliDate.lengthOfMonth(1403, 7));
        assertThrows(IllegalArgumentException.class, () -> JalaliDate.of(1403, 7, 31));
        assertThrows(IllegalArgumentException.class, () -> JalaliDate.of(1403, 13, 1));
        assertThrows(IllegalArgumentException.class, () -> JalaliDate.of(1403, 0, 1));
    }

    @Test
    void parsesWhatPeopleType() {
        JalaliDate expected = JalaliDate.of(1403, 1, 15);
        assertEquals(expected, JalaliDate.parse("۱۴۰۳/۰۱/۱۵"));
        assertEquals(expected, JalaliDate.parse("1403/1/15"));
        assertEquals(expected, JalaliDate.parse(" 1403-01-15 "));
        assertEquals(expected, JalaliDate.parse("١٤٠٣/١/١٥"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JalaliDate.parse("15 فروردین"));
        assertTrue(e.getMessage().contains("1403/01/15"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> JalaliDate.parse(""));
        assertThrows(IllegalArgumentException.class, () -> JalaliDate.parse("1403/02/32"));
    }

    @Test
    void formatsWithPersianDigitsAndMonthNames() {
        JalaliDate d = JalaliDate.of(1403, 1, 15);
        assertEquals("۱۴۰۳/۰۱/۱۵", d.format());
        assertEquals("۱۵ فروردین ۱۴۰۳", d.formatLong());
        assertEquals("اسفند", JalaliDate.of(1403, 12, 1).monthName());
        assertEquals(1, d.season());
        assertEquals(4, JalaliDate.of(1403, 12, 1).season());
    }

    @Test
    void arithmeticAcrossTheYear() {
        assertEquals(JalaliDate.of(1404, 1, 1), JalaliDate.of(1403, 12, 30).plusDays(1));
        assertEquals(366, JalaliDate.of(1403, 1, 1).daysUntil(JalaliDate.of(1404, 1, 1)));
        assertTrue(JalaliDate.of(1403, 1, 1).compareTo(JalaliDate.of(1403, 1, 2)) < 0);
    }
}
