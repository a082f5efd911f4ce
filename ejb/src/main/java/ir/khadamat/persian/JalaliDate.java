package ir.khadamat.persian;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date of the Jalali (Solar Hijri) calendar, the calendar of every date people see and type here.
 * Conversions go through ICU4J's Persian calendar; the value is held as the Gregorian {@link LocalDate}.
 */
public final class JalaliDate implements Comparable<JalaliDate> {

    private static final String[] MONTHS = {"فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
            "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"};
    private static final Pattern TEXT = Pattern.compile("\\s*(\\d{1,4})\\s*[/\\-.]\\s*(\\d{1,2})\\s*[/\\-.]\\s*(\\d{1,2})\\s*");

    /**
     * The years a date typed by a person may have: 1300 (1921) to 1500 (2121). A Gregorian date typed into a Jalali
     * field (2026/03/01) is refused rather than taken as the Jalali year 2026. Dates made by the program
     * ({@link #of}, {@link #from}) are not limited.
     */
    public static final int MIN_TYPED_YEAR = 1300;
    public static final int MAX_TYPED_YEAR = 1500;

    private final LocalDate gregorian;
    private final int year;
    private final int month;
    private final int day;

    private JalaliDate(LocalDate gregorian, int year, int month, int day) {
        this.gregorian = gregorian;
        this.year = year;
        this.month = month;
        this.day = day;
    }

    /** @throws IllegalArgumentException when there is no such day in the Jalali calendar */
    public static JalaliDate of(int year, int month, int day) {
        if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)) {
            throw new IllegalArgumentException("No such Jalali date: " + year + "/" + month + "/" + day);
        }
        PersianCalendar calendar = calendar();
        calendar.clear();
        calendar.set(year, month - 1, day);
        LocalDate gregorian = LocalDate.ofEpochDay(Math.floorDiv(calendar.getTimeInMillis(), 86_400_000L));
        return new JalaliDate(gregorian, year, month, day);
    }

    public static JalaliDate from(LocalDate date) {
        PersianCalendar calendar = calendar();
        calendar.setTimeInMillis(date.toEpochDay() * 86_400_000L);
        return new JalaliDate(date, calendar.get(Calendar.EXTENDED_YEAR), calendar.get(Calendar.MONTH) + 1,
                calendar.get(Calendar.DAY_OF_MONTH));
    }

    /**
     * Reads {@code ۱۴۰۳/۰۱/۱۵}, {@code 1403/1/15} or {@code 1403-01-15}, in any digits, of a year from
     * {@link #MIN_TYPED_YEAR} to {@link #MAX_TYPED_YEAR}.
     *
     * @throws IllegalArgumentException with a message saying what is wrong
     */
    public static JalaliDate parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("No date given");
        }
        Matcher m = TEXT.matcher(PersianDigits.toAscii(text));
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a date of the form 1403/01/15: " + text);
        }
        int year = Integer.parseInt(m.group(1));
        if (year < MIN_TYPED_YEAR || year > MAX_TYPED_YEAR) {
            throw new IllegalArgumentException("A Jalali year is from " + MIN_TYPED_YEAR + " to " + MAX_TYPED_YEAR
                    + (year >= 1900 && year <= 2200 ? " (" + year + " looks like a Gregorian year)" : "") + ": " + text);
        }
        return of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    public static int lengthOfMonth(int year, int month) {
        if (month <= 6) {
            return 31;
        }
        if (month <= 11) {
            return 30;
        }
        return isLeapYear(year) ? 30 : 29;
    }

    public static boolean isLeapYear(int year) {
        PersianCalendar calendar = calendar();
        calendar.clear();
        calendar.set(year, 11, 1);
        return calendar.getActualMaximum(Calendar.DAY_OF_MONTH) == 30;
    }

    private static PersianCalendar calendar() {
        return new PersianCalendar(TimeZone.GMT_ZONE);
    }

    public LocalDate toLocalDate() {
        return gregorian;
    }

    public int year() {
        return year;
    }

    public int month() {
        return month;
    }

    public int day() {
        return day;
    }

    /** The season (فصل), 1–4: spring is months 1–3. */
    public int season() {
        return (month - 1) / 3 + 1;
    }

    public String monthName() {
        return monthName(month);
    }

    /** The Persian name of a month, 1 (فروردین) to 12 (اسفند). */
    public static String monthName(int month) {
        return MONTHS[month - 1];
    }

    public JalaliDate plusDays(long days) {
        return from(gregorian.plusDays(days));
    }

    public long daysUntil(JalaliDate other) {
        return ChronoUnit.DAYS.between(gregorian, other.gregorian);
    }

    /** {@code ۱۴۰۳/۰۱/۱۵} */
    public String format() {
        return PersianDigits.toPersian(formatAscii());
    }

    /** {@code 1403/01/15} */
    public String formatAscii() {
        return String.format("%04d/%02d/%02d", year, month, day);
    }

    /** {@code ۱۵ فروردین ۱۴۰۳} */
    public String formatLong() {
        return PersianDigits.toPersian(day + " " + monthName() + " " + year);
    }

    @Override
    public int compareTo(JalaliDate other) {
        return gregorian.compareTo(other.gregorian);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JalaliDate other && gregorian.equals(other.gregorian);
    }

    @Override
    public int hashCode() {
        return gregorian.hashCode();
    }

    @Override
    public String toString() {
        return formatAscii();
    }
}
