package ir.khadamat.statistics;

import ir.khadamat.catalog.form.DeliveryTime;
import ir.khadamat.catalog.form.Period;

/**
 * How a card's declared §5 figures compare with what the cases measured. Pure logic, no database.
 * <p>
 * <b>Recipients.</b> The card declares a count «در ماه / فصل / سال». It is turned into a yearly figure (×12, ×4, ×1)
 * and scaled to the days the measurement covers (a whole past Jalali year: all of it; the current year: the days
 * gone so far), giving the number of cases expected; the difference is {@code (measured − expected) / expected} in
 * per cent. When the card ticks no period — as every seed card (annex 1 leaves «ماه فصل سال» unticked) — the figure
 * is compared as a yearly one, and the comparison says so ({@link Basis#ASSUMED_YEARLY}); the declared value itself
 * is always shown as written, and when the card gives no figure there is no comparison ({@link Basis#NONE}).
 * <p>
 * <b>A province.</b> A national card's figure is the country's: for one province's cases no difference is computed
 * ({@link Basis#NATIONAL_FIGURE}) rather than comparing a province with the whole country.
 * <p>
 * <b>Delivery time.</b> Declared as free text («۳ روز کاری», «2 weeks»): when it reads as a number of hours, days,
 * weeks or months ({@link DeliveryTime}, the reading the runtime dates cases by) it is turned into days and compared
 * with the measured average days; otherwise it is only shown.
 * <p>
 * A difference is <b>highlighted</b> when it is more than {@link #THRESHOLD_PERCENT} per cent either way.
 */
public final class Comparison {

    /** A difference beyond this many per cent, either way, is highlighted. */
    public static final int THRESHOLD_PERCENT = 20;

    /** What the difference was computed against. */
    public enum Basis {
        /** the card's figure per the period it declares */
        DECLARED,
        /** the card ticks no period: compared as a yearly figure */
        ASSUMED_YEARLY,
        /** a national card's figure beside one province's cases: not compared */
        NATIONAL_FIGURE,
        /** nothing declared, or nothing measurable (a year not begun): not compared */
        NONE
    }

    /**
     * @param expected          what the declared figure means for the measured span (null: not compared)
     * @param differencePercent {@code (measured − expected) / expected × 100}, null when not compared or expected is 0
     * @param highlighted       more than the threshold either way (or cases where none were expected)
     */
    public record Result(Basis basis, Double expected, Double differencePercent, boolean highlighted) {

        static final Result NOT_COMPARED = new Result(Basis.NONE, null, null, false);
    }

    private Comparison() {
    }

    /** How many of a period there are in a year: 12 months, 4 seasons, 1 year. */
    public static int perYear(Period period) {
        return switch (period) {
            case MONTH -> 12;
            case SEASON -> 4;
            case YEAR -> 1;
        };
    }

    /**
     * The declared number of recipients beside the measured cases.
     *
     * @param declared     the card's figure (null: unknown)
     * @param period       the period the card ticks (null: none ticked)
     * @param measured     cases received in the span
     * @param daysCovered  days of the Jalali year the measurement covers
     * @param daysInYear   days of that Jalali year (365 or 366)
     * @param provinceOnly the measurement is one province's and the figure the country's
     */
    public static Result recipients(Long declared, Period period, long measured, long daysCovered, int daysInYear,
                                    boolean provinceOnly) {
        if (declared == null) {
            return Result.NOT_COMPARED;
        }
        if (provinceOnly) {
            return new Result(Basis.NATIONAL_FIGURE, null, null, false);
        }
        if (daysCovered <= 0 || daysInYear <= 0) {
            return Result.NOT_COMPARED;
        }
        Basis basis = period == null ? Basis.ASSUMED_YEARLY : Basis.DECLARED;
        double yearly = declared * (double) perYear(period == null ? Period.YEAR : period);
        double expected = yearly * Math.min(daysCovered, daysInYear) / daysInYear;
        return compare(basis, expected, measured);
    }

    /** The declared delivery time (as written) beside the measured average days. */
    public static Result deliveryDays(String declared, Double measuredAverageDays) {
        Double days = days(declared);
        if (days == null || measuredAverageDays == null) {
            return Result.NOT_COMPARED;
        }
        return compare(Basis.DECLARED, days, measuredAverageDays);
    }

    /** A delivery time written as text, in days ({@link DeliveryTime}): «2 weeks» → 14; null if it does not read. */
    public static Double days(String text) {
        return DeliveryTime.of(text).days();
    }

    static Result compare(Basis basis, double expected, double measured) {
        if (expected == 0) {
            return new Result(basis, expected, null, measured > 0);
        }
        double difference = (measured - expected) / expected * 100;
        return new Result(basis, expected, difference, Math.abs(difference) > THRESHOLD_PERCENT);
    }
}
