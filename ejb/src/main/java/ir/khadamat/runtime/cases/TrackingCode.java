package ir.khadamat.runtime.cases;

import java.security.SecureRandom;
import java.util.function.Predicate;

/**
 * A case's tracking code (کد رهگیری): 15 random digits and a Luhn check digit. Random, so no code says anything
 * about another (and with 10^15 of them, tens of millions of cases seldom draw the same one; a new case draws
 * again when they do, {@link #nextUnused}); the check digit catches a mistyped digit or two swapped ones before any
 * lookup.
 */
public final class TrackingCode {

    public static final int LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingCode() {
    }

    /** A tracking code no case has yet: drawn again in the rare case the one drawn is taken. */
    public static String nextUnused(Predicate<String> taken) {
        while (true) {
            String code = next();
            if (!taken.test(code)) {
                return code;
            }
        }
    }

    public static String next() {
        StringBuilder digits = new StringBuilder(LENGTH);
        digits.append(1 + RANDOM.nextInt(9));
        for (int i = 1; i < LENGTH - 1; i++) {
            digits.append(RANDOM.nextInt(10));
        }
        return digits.append(checkDigit(digits)).toString();
    }

    /** Whether a text is a well-formed tracking code (ASCII digits, right length, right check digit). */
    public static boolean isValid(String code) {
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
}
