package ir.khadamat.catalog.form;

import ir.khadamat.persian.PersianDigits;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * §5 متوسط مدت زمان ارایه خدمت, read: the card writes it as free text («۳ روز کاری», «۲ هفته», «2 weeks», «۴۸ ساعت»),
 * and when the text names a number of hours, days, weeks or months (Persian or English, Persian or ASCII digits, a
 * decimal written {@code 1.5}, {@code ۱٫۵} or {@code ۱/۵}) it is that long: a week is 7 days, a month 30. The one
 * reading of the text, for the runtime (when a case is due) and the statistics (declared beside measured days).
 *
 * @param text the text as the card writes it (null: the card does not say)
 * @param days how long it reads as, in days; null when it does not read as a duration («فوری»)
 */
public record DeliveryTime(String text, Double days) {

    /** Longer than this does not read as a delivery time (no case is due a century after it began). */
    static final double MAX_DAYS = 36_525;
    private static final Pattern DURATION = Pattern.compile(
            "(\\d+(?:[.٫/]\\d+)?)\\s*(ساعت|روز|هفته|ماه|hours?|days?|weeks?|months?)", Pattern.CASE_INSENSITIVE);

    /** The text read once. */
    public static DeliveryTime of(String text) {
        return new DeliveryTime(text, days(text));
    }

    /** The delivery time a card's §5 declares (a card without §5 says nothing). */
    public static DeliveryTime of(Details details) {
        return of(details == null ? null : details.averageDeliveryTime());
    }

    /** Whether the text reads as a duration. */
    public boolean readable() {
        return days != null;
    }

    /** How long it reads as; empty when it does not, or when it reads as longer than a century. */
    public Optional<Duration> duration() {
        return days == null || days > MAX_DAYS ? Optional.empty()
                : Optional.of(Duration.ofSeconds(Math.round(days * Duration.ofDays(1).toSeconds())));
    }

    private static Double days(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher m = DURATION.matcher(PersianDigits.toAscii(text));
        if (!m.find()) {
            return null;
        }
        double n = Double.parseDouble(m.group(1).replace('٫', '.').replace('/', '.'));
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        if (unit.startsWith("ساعت") || unit.startsWith("hour")) {
            return n / 24;
        }
        if (unit.startsWith("هفته") || unit.startsWith("week")) {
            return n * 7;
        }
        if (unit.startsWith("ماه") || unit.startsWith("month")) {
            return n * 30;
        }
        return n;
    }
}
