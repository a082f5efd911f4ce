package ir.khadamat.statistics;

import ir.khadamat.catalog.form.Period;
import ir.khadamat.persian.JalaliDate;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComparisonTest {

    @Test
    void aFigureWithNoPeriodTickedIsComparedAsYearlyAndSaysSo() {
        // admissions: 600,000 declared, no period ticked; a whole year measured
        Comparison.Result r = Comparison.recipients(600_000L, null, 540_000, 365, 365, false);
        assertEquals(Comparison.Basis.ASSUMED_YEARLY, r.basis());
        assertEquals(600_000, r.expected(), 0.001);
        assertEquals(-10.0, r.differencePercent(), 0.001);
        assertFalse(r.highlighted(), "10% is within the threshold");
        assertTrue(Comparison.recipients(600_000L, null, 400_000, 365, 365, false).highlighted(), "a third less is highlighted");
    }

    @Test
    void aDeclaredPeriodIsScaledToAYearAndToTheDaysCovered() {
        Comparison.Result monthly = Comparison.recipients(1_000L, Period.MONTH, 12_000, 366, 366, false);
        assertEquals(Comparison.Basis.DECLARED, monthly.basis());
        assertEquals(12_000, monthly.expected(), 0.001);
        assertEquals(0.0, monthly.differencePercent(), 0.001);
        Comparison.Result season = Comparison.recipients(1_000L, Period.SEASON, 2_000, 73, 365, false);
        assertEquals(800, season.expected(), 0.001, "a fifth of the year: a fifth of 4,000");
        assertEquals(150.0, season.differencePercent(), 0.001);
        assertTrue(season.highlighted());
    }

    @Test
    void unknownIsNeverCompared() {
        Comparison.Result r = Comparison.recipients(null, null, 5_000, 365, 365, false);
        assertEquals(Comparison.Basis.NONE, r.basis());
        assertNull(r.expected());
        assertNull(r.differencePercent());
        assertFalse(r.highlighted());
        assertEquals(Comparison.Basis.NONE, Comparison.recipients(100L, Period.YEAR, 5, 0, 365, false).basis(), "a year not begun");
        assertEquals(Comparison.Basis.NONE, Comparison.deliveryDays(null, 3.0).basis());
        assertEquals(Comparison.Basis.NONE, Comparison.deliveryDays("بستگی دارد", 3.0).basis());
    }

    @Test
    void aNationalFigureIsNotComparedWithOneProvince() {
        Comparison.Result r = Comparison.recipients(600_000L, null, 20_000, 365, 365, true);
        assertEquals(Comparison.Basis.NATIONAL_FIGURE, r.basis());
        assertNull(r.differencePercent());
        assertFalse(r.highlighted());
    }

    @Test
    void casesWhereNoneWereDeclaredAreHighlighted() {
        assertTrue(Comparison.recipients(0L, Period.YEAR, 3, 365, 365, false).highlighted());
        assertFalse(Comparison.recipients(0L, Period.YEAR, 0, 365, 365, false).highlighted());
    }

    @Test
    void deliveryTimesWrittenAsTextAreReadInDays() {
        assertEquals(3.0, Comparison.days("۳ روز کاری"));
        assertEquals(14.0, Comparison.days("2 weeks"));
        assertEquals(2.0, Comparison.days("۴۸ ساعت"));
        assertEquals(30.0, Comparison.days("یک ماه یا 1 ماه"));
        assertNull(Comparison.days("فوری"));
        Comparison.Result r = Comparison.deliveryDays("۱۰ روز", 15.0);
        assertEquals(50.0, r.differencePercent(), 0.001);
        assertTrue(r.highlighted());
    }

    @Test
    void jalaliPeriodsReadInPersianAndEnglish() {
        assertEquals("آبان ۱۴۰۴", JalaliPeriods.label("1404/08", true));
        assertEquals("Aban 1404", JalaliPeriods.label("1404/08", false));
        assertEquals("پاییز ۱۴۰۴", JalaliPeriods.label("1404-S3", true));
        assertEquals("Winter 1403", JalaliPeriods.label("1403-S4", false));
        assertEquals("۱۴۰۴", JalaliPeriods.label("1404", true));
        assertEquals("1404-S1", JalaliPeriods.key(JalaliDate.of(1404, 3, 31), Period.SEASON));
        assertEquals("1404-S2", JalaliPeriods.key(JalaliDate.of(1404, 4, 1), Period.SEASON));
        assertEquals(List.of("1404-S1", "1404-S2", "1404-S3", "1404-S4"), JalaliPeriods.keysOf(1404, Period.SEASON));
        assertEquals(12, JalaliPeriods.keysOf(1404, Period.MONTH).size());
    }

    @Test
    void theDaysAJalaliYearCovers() {
        assertEquals(LocalDate.of(2024, 3, 20), JalaliPeriods.start(1403));
        assertEquals(366, JalaliPeriods.daysIn(1403));
        assertEquals(365, JalaliPeriods.daysIn(1404));
        assertEquals(366, JalaliPeriods.daysCovered(1403, LocalDate.of(2025, 6, 1)), "a past year: all of it");
        assertEquals(0, JalaliPeriods.daysCovered(1405, LocalDate.of(2025, 6, 1)), "a year not begun");
        assertEquals(1, JalaliPeriods.daysCovered(1404, LocalDate.of(2025, 3, 21)), "1 Farvardin 1404");
        assertEquals(11, JalaliPeriods.daysCovered(1404, LocalDate.of(2025, 3, 31)));
    }
}
