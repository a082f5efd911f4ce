package ir.khadamat.runtime.appointment;

import ir.khadamat.persian.Iran;
import ir.khadamat.persian.JalaliDate;
import ir.khadamat.persian.PersianDigits;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Map;

/**
 * A visit a case booked and confirmed, as the visitor's SMS and the visit card say it: its type, its Jalali day and
 * hour (Tehran time, Persian digits), and the prison (its Persian and English names; null where the case has no unit).
 */
public record BookedVisit(String visitType, Instant startsAt, String prison, String prisonEnglish) {

    /** The visit types' Persian names; the screens name them from their bundles ({@code visit.*}). */
    private static final Map<String, String> TYPES = Map.of("PHONE", "ملاقات تلفنی", "IN_PERSON", "ملاقات حضوری",
            "PRIVATE", "ملاقات خصوصی");
    /** Monday first, as {@link java.time.DayOfWeek} counts. */
    private static final String[] DAYS = {"دوشنبه", "سه‌شنبه", "چهارشنبه", "پنج‌شنبه", "جمعه", "شنبه", "یکشنبه"};

    /** «ملاقات حضوری»; a type with no Persian name is a «ملاقات», never its code. */
    public String typeTitle() {
        return TYPES.getOrDefault(visitType, "ملاقات");
    }

    /** «سه‌شنبه ۱۸ آذر ۱۴۰۵» */
    public String day() {
        ZonedDateTime at = startsAt.atZone(Iran.ZONE);
        return DAYS[at.getDayOfWeek().getValue() - 1] + " " + JalaliDate.from(at.toLocalDate()).formatLong();
    }

    /** «۰۹:۳۰» */
    public String time() {
        ZonedDateTime at = startsAt.atZone(Iran.ZONE);
        return PersianDigits.toPersian(String.format("%02d:%02d", at.getHour(), at.getMinute()));
    }

    /** «سه‌شنبه ۱۸ آذر ۱۴۰۵، ساعت ۰۹:۳۰» */
    public String when() {
        return day() + "، ساعت " + time();
    }
}
