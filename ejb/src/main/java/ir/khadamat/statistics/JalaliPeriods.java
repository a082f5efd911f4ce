package ir.khadamat.statistics;

import ir.khadamat.catalog.form.Period;
import ir.khadamat.persian.JalaliDate;
import ir.khadamat.persian.PersianDigits;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The Jalali periods the statistics count by, as keys ({@code 1404/08}, {@code 1404-S3}, {@code 1404}) and as people
 * read them («آبان ۱۴۰۴», «پاییز ۱۴۰۴», «۱۴۰۴»; "Aban 1404", "Autumn 1404", "1404"). Seasons start with Farvardin,
 * Tir, Mehr and Dey.
 */
public final class JalaliPeriods {

    private static final String[] MONTHS_EN = {"Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar",
            "Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand"};
    private static final String[] SEASONS_FA = {"بهار", "تابستان", "پاییز", "زمستان"};
    private static final String[] SEASONS_EN = {"Spring", "Summer", "Autumn", "Winter"};

    private JalaliPeriods() {
    }

    /** The key of the period a day falls in. */
    public static String key(JalaliDate day, Period by) {
        return switch (by) {
            case MONTH -> monthKey(day.year(), day.month());
            case SEASON -> seasonKey(day.year(), day.season());
            case YEAR -> String.valueOf(day.year());
        };
    }

    /** Every period of a Jalali year, in order (12 months, 4 seasons or the year). */
    public static List<String> keysOf(int year, Period by) {
        List<String> keys = new ArrayList<>();
        switch (by) {
            case MONTH -> {
                for (int m = 1; m <= 12; m++) {
                    keys.add(monthKey(year, m));
                }
            }
            case SEASON -> {
                for (int s = 1; s <= 4; s++) {
                    keys.add(seasonKey(year, s));
                }
            }
            case YEAR -> keys.add(String.valueOf(year));
        }
        return keys;
    }

    private static String monthKey(int year, int month) {
        return String.format("%04d/%02d", year, month);
    }

    private static String seasonKey(int year, int season) {
        return String.format("%04d-S%d", year, season);
    }

    /** A period's key as people read it, in Persian (with Persian digits) or English. */
    public static String label(String key, boolean persian) {
        if (key == null) {
            return null;
        }
        if (key.matches("\\d{4}/\\d{2}")) {
            int month = Integer.parseInt(key.substring(5));
            String year = key.substring(0, 4);
            return persian ? JalaliDate.monthName(month) + " " + PersianDigits.toPersian(year) : MONTHS_EN[month - 1] + " " + year;
        }
        if (key.matches("\\d{4}-S[1-4]")) {
            int season = key.charAt(6) - '0';
            String year = key.substring(0, 4);
            return persian ? SEASONS_FA[season - 1] + " " + PersianDigits.toPersian(year) : SEASONS_EN[season - 1] + " " + year;
        }
        return persian ? PersianDigits.toPersian(key) : key;
    }

    /** The first day of a Jalali year, as a Gregorian date. */
    public static LocalDate start(int year) {
        return JalaliDate.of(year, 1, 1).toLocalDate();
    }

    public static int daysIn(int year) {
        return JalaliDate.isLeapYear(year) ? 366 : 365;
    }

    /**
     * How many days of a Jalali year have gone by on {@code today}: all of a past year, none of a future one, and of
     * the current year the days up to and including today.
     */
    public static long daysCovered(int year, LocalDate today) {
        LocalDate start = start(year);
        LocalDate end = start(year + 1);
        if (!today.isBefore(end)) {
            return daysIn(year);
        }
        if (today.isBefore(start)) {
            return 0;
        }
        return ChronoUnit.DAYS.between(start, today) + 1;
    }
}
