package ir.khadamat.runtime.cases;

import java.io.Serializable;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * A case's tracking code (کد رهگیری): 15 random digits and a Luhn check digit. Random, so no code says anything
 * about another (and with 10^15 of them, tens of millions of cases seldom draw the same one; when a new case does,
 * the database's unique key refuses it and the request is tried again with a new draw — not looked up first, which
 * would cost every case a round trip); the check digit catches a mistyped digit or two swapped ones before any
 * lookup. A text becomes one only through {@link #parse} or {@link #of}; a case stores it as its digits
 * ({@link TrackingCodeConverter}).
 */
public final class TrackingCode implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String value;

    private TrackingCode(String value) {
        this.value = value;
    }

    /** The code a text is (ASCII digits, right length, right check digit), or empty when it is none. */
    public static Optional<TrackingCode> parse(String text) {
        return isWellFormed(text) ? Optional.of(new TrackingCode(text)) : Optional.empty();
    }

    /** @throws IllegalArgumentException when the text is not a well-formed tracking code */
    public static TrackingCode of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("Not a tracking code: " + text));
    }

    /** The code a case's row holds, as it is: read back, never refused. */
    static TrackingCode stored(String value) {
        return new TrackingCode(value);
    }

    /** A tracking code no case has yet: drawn again in the rare case the one drawn is taken. */
    public static TrackingCode next() {
        StringBuilder digits = new StringBuilder(LENGTH);
        digits.append(1 + RANDOM.nextInt(9));
        for (int i = 1; i < LENGTH - 1; i++) {
            digits.append(RANDOM.nextInt(10));
        }
        return new TrackingCode(digits.append(checkDigit(digits)).toString());
    }

    private static boolean isWellFormed(String code) {
        return code != null && code.length() == LENGTH && code.chars().allMatch(c -> c >= '0' && c <= '9')
                && checkDigit(code.substring(0, LENGTH - 1)) == code.charAt(LENGTH - 1) - '0';
    }

    static int checkDigit(CharSequence payload) {
        int sum = 0;
        boolean twice = true;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int d = payload.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return (10 - sum % 10) % 10;
    }

    /** The 16 ASCII digits. */
    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TrackingCode other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
