package ir.khadamat.persian;

/** Persian (۰–۹), Arabic-Indic (٠–٩) and ASCII digits. */
public final class PersianDigits {

    private static final char PERSIAN_ZERO = '\u06F0';
    private static final char ARABIC_ZERO = '\u0660';

    private PersianDigits() {
    }

    /** ASCII digits written as Persian digits; everything else unchanged. */
    public static String toPersian(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '0' && c <= '9' ? (char) (PERSIAN_ZERO + (c - '0')) : c);
        }
        return out.toString();
    }

    /**
     * {@link #toPersian(String)}, but a code written with Latin letters (a verification code {@code SFKD3S3GVS}, a
     * prisoner's reference {@code T-4455}) keeps its own digits: it is read, and typed back, as it is written.
     */
    public static String toPersianUnlessLatinCode(String text) {
        return text != null && text.chars().anyMatch(c -> c < 128 && Character.isLetter(c)) ? text : toPersian(text);
    }

    public static String toPersian(long number) {
        return toPersian(Long.toString(number));
    }

    /** Persian and Arabic-Indic digits written as ASCII digits; everything else unchanged. */
    public static String toAscii(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(asciiDigit(text.charAt(i)));
        }
        return out.toString();
    }

    static char asciiDigit(char c) {
        if (c >= PERSIAN_ZERO && c <= PERSIAN_ZERO + 9) {
            return (char) ('0' + (c - PERSIAN_ZERO));
        }
        if (c >= ARABIC_ZERO && c <= ARABIC_ZERO + 9) {
            return (char) ('0' + (c - ARABIC_ZERO));
        }
        return c;
    }
}
