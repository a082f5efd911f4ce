package ir.khadamat.catalog;

import ir.khadamat.persian.PersianDigits;

import java.io.Serializable;
import java.util.Optional;

/**
 * The national service ID (شناسه خدمت, §2 of annex 1) the planning organization's reviewer gives a card:
 * exactly 11 digits, kept in ASCII digits; Persian and Arabic-Indic digits are read as digits (docs/service-id.md).
 *
 * @param value the 11 ASCII digits
 */
public record ServiceId(String value) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many digits an ID has: the length of the planning organization's own register. */
    public static final int DIGITS = 11;

    public ServiceId {
        if (!isId(value)) {
            throw new IllegalArgumentException("A service ID is " + DIGITS + " digits: " + value);
        }
    }

    /** The ID typed (any digits, spaces around), or empty when it is none. */
    public static Optional<ServiceId> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = PersianDigits.toAscii(text.strip());
        return isId(digits) ? Optional.of(new ServiceId(digits)) : Optional.empty();
    }

    private static boolean isId(String digits) {
        return digits != null && digits.length() == DIGITS && digits.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    @Override
    public String toString() {
        return value;
    }
}
