package ir.khadamat.persian;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** An amount of money in rials (ریال), never negative. */
public record Rial(long amount) implements Comparable<Rial> {

    /** The Arabic thousands separator (٬), as Persian typography groups digits. */
    public static final char PERSIAN_GROUPING = '\u066C';

    public Rial {
        if (amount < 0) {
            throw new IllegalArgumentException("An amount in rials cannot be negative: " + amount);
        }
    }

    public static Rial of(long amount) {
        return new Rial(amount);
    }

    /**
     * Reads {@code 40000}, {@code 40,000}, {@code ۴۰٬۰۰۰} or {@code ۴۰٬۰۰۰ ریال}.
     *
     * @throws IllegalArgumentException when the text is not an amount
     */
    public static Rial parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("No amount given");
        }
        String digits = PersianDigits.toAscii(text).replace("ریال", "").replaceAll("[,\\s\u066C\u060C]", "");
        if (!digits.matches("\\d{1,18}")) {
            throw new IllegalArgumentException("Not an amount in rials: " + text);
        }
        return new Rial(Long.parseLong(digits));
    }

    /** {@code 40,000} */
    public String formatAscii() {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(amount);
    }

    /** {@code ۴۰٬۰۰۰} */
    public String format() {
        return PersianDigits.toPersian(formatAscii().replace(',', PERSIAN_GROUPING));
    }

    /** {@code ۴۰٬۰۰۰ ریال} */
    public String formatWithUnit() {
        return format() + " ریال";
    }

    public Rial plus(Rial other) {
        return new Rial(Math.addExact(amount, other.amount));
    }

    public Rial times(long factor) {
        return new Rial(Math.multiplyExact(amount, factor));
    }

    @Override
    public int compareTo(Rial other) {
        return Long.compare(amount, other.amount);
    }
}
