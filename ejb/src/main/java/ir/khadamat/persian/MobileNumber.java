package ir.khadamat.persian;

import java.util.Optional;

/**
 * An Iranian mobile number (شماره همراه) in its one stored spelling, {@code 09xxxxxxxxx}: input may use Persian or
 * Arabic digits, spaces or hyphens, and the country code ({@code +98}, {@code 0098}) instead of the leading zero.
 */
public final class MobileNumber {

    private MobileNumber() {
    }

    /** The number as stored ({@code 09} and nine digits), or empty when the text is not a mobile number. */
    public static Optional<String> normalise(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String mobile = PersianDigits.toAscii(text).replaceAll("[\\s-]", "")
                .replaceFirst("^\\+98", "0").replaceFirst("^0098", "0");
        return mobile.matches("09[0-9]{9}") ? Optional.of(mobile) : Optional.empty();
    }
}
