package ir.khadamat.persian;

import java.io.Serializable;
import java.util.Optional;

/**
 * An Iranian national code (کد ملی): ten digits, the last a check digit. Input may use Persian or
 * Arabic digits, spaces or hyphens; eight or nine digits are left-padded with zeros, as codes that
 * start with zeros are often written without them.
 *
 * @param value the ten ASCII digits, zeros in front
 */
public record NationalCode(String value) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** @param value ten ASCII digits, as stored (a row read back is not checked again by its check digit) */
    public NationalCode {
        if (value == null || !value.matches("[0-9]{10}")) {
            throw new IllegalArgumentException("Not a national code in its stored spelling: " + value);
        }
    }

    /** @throws IllegalArgumentException when the text is not a valid national code */
    public static NationalCode of(String text) {
        String digits = digitsOf(text);
        if (digits == null || !hasValidCheckDigit(digits)) {
            throw new IllegalArgumentException("Not a valid national code: " + text);
        }
        return new NationalCode(digits);
    }

    /**
     * The code in its one stored spelling (ten ASCII digits, zeros in front), or empty when the text is not a valid
     * national code: {@code ۱۲۳۴۵۶۷۹} and {@code 0012345679} are the same person.
     */
    public static Optional<NationalCode> parse(String text) {
        String digits = digitsOf(text);
        return digits != null && hasValidCheckDigit(digits) ? Optional.of(new NationalCode(digits)) : Optional.empty();
    }

    public static boolean isValid(String text) {
        String digits = digitsOf(text);
        return digits != null && hasValidCheckDigit(digits);
    }

    /** The ten ASCII digits, or null when the text cannot be a national code. */
    private static String digitsOf(String text) {
        if (text == null) {
            return null;
        }
        String digits = PersianDigits.toAscii(text).replace(" ", "").replace("-", "").strip();
        if (!digits.matches("\\d{8,10}")) {
            return null;
        }
        return "0".repeat(10 - digits.length()) + digits;
    }

    private static boolean hasValidCheckDigit(String digits) {
        if (digits.chars().distinct().count() == 1) {
            return false; // 0000000000, 1111111111 … pass the arithmetic but are not issued
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int r = sum % 11;
        int check = r < 2 ? r : 11 - r;
        return check == digits.charAt(9) - '0';
    }

    @Override
    public String toString() {
        return value;
    }
}
