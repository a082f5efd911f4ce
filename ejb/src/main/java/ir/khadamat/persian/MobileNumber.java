package ir.khadamat.persian;

import java.io.Serializable;
import java.util.Optional;

/**
 * An Iranian mobile number (شماره همراه) in its one stored spelling, {@code 09xxxxxxxxx}: input may use Persian or
 * Arabic digits, spaces or hyphens, and the country code ({@code +98}, {@code 0098}) instead of the leading zero.
 *
 * @param value {@code 09} and nine ASCII digits
 */
public record MobileNumber(String value) implements Serializable {

    private static final long serialVersionUID = 1L;

    public MobileNumber {
        if (value == null || !value.matches("09[0-9]{9}")) {
            throw new IllegalArgumentException("Not a mobile number in its stored spelling: " + value);
        }
    }

    /** The number in its stored spelling, or empty when the text is not a mobile number. */
    public static Optional<MobileNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String mobile = PersianDigits.toAscii(text).replaceAll("[\\s-]", "")
                .replaceFirst("^\\+98", "0").replaceFirst("^0098", "0");
        return mobile.matches("09[0-9]{9}") ? Optional.of(new MobileNumber(mobile)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
