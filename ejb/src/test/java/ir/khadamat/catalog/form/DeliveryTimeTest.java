package ir.khadamat.catalog.form;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The §5 delivery time, read once for the runtime's due dates and the statistics' comparison. */
class DeliveryTimeTest {

    @Test
    void persianAndEnglishUnitsReadTheSame() {
        assertEquals(Optional.of(Duration.ofDays(15)), DeliveryTime.of("۱۵ روز").duration());
        assertEquals(Optional.of(Duration.ofDays(14)), DeliveryTime.of("۲ هفته").duration());
        assertEquals(Optional.of(Duration.ofDays(14)), DeliveryTime.of("2 weeks").duration(), "a week is 7 days in English too");
        assertEquals(Optional.of(Duration.ofHours(48)), DeliveryTime.of("۴۸ ساعت").duration());
        assertEquals(Optional.of(Duration.ofDays(60)), DeliveryTime.of("2 Months").duration());
        assertEquals(3.0, DeliveryTime.of("۳ روز کاری").days());
    }

    @Test
    void aDecimalIsOneNumber() {
        assertEquals(45.0, DeliveryTime.of("۱/۵ ماه").days(), "not 5 months");
        assertEquals(2.5, DeliveryTime.of("۲٫۵ روز").days());
        assertEquals(Optional.of(Duration.ofMinutes(90)), DeliveryTime.of("1.5 hours").duration());
    }

    @Test
    void aTextWithoutADurationSaysNothing() {
        DeliveryTime urgent = DeliveryTime.of("فوری");
        assertFalse(urgent.readable());
        assertNull(urgent.days());
        assertEquals(Optional.empty(), urgent.duration());
        assertEquals(Optional.empty(), DeliveryTime.of((String) null).duration());
        assertEquals(Optional.empty(), DeliveryTime.of((Details) null).duration());
        assertEquals("فوری", urgent.text());
    }

    @Test
    void moreThanACenturyIsNoDueDate() {
        DeliveryTime absurd = DeliveryTime.of("99999999999999999999 روز");
        assertTrue(absurd.readable(), "the statistics still show it beside the measured days");
        assertEquals(Optional.empty(), absurd.duration());
    }
}
