package ir.khadamat.persian;

import java.util.Locale;

/**
 * Persian text as people type it — with Arabic keyboards' ي and ك, Persian or Arabic digits, with or
 * without the zero-width non-joiner — made comparable.
 */
public final class PersianText {

    private PersianText() {
    }

    /**
     * The form used for search, on both sides of a comparison: Arabic ي ى → ی, ك → ک, ة → ه,
     * أ إ ٱ → ا, ؤ → و; every digit → ASCII; ZWNJ, other zero-width characters, tatweel and diacritics
     * (harakat, superscript alef) removed; آ kept (it is a letter of its own in Persian); punctuation
     * becomes a space; white space collapsed; Latin letters lower-cased.
     */
    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = true; // no leading space
        for (int i = 0; i < text.length(); i++) {
            char c = PersianDigits.asciiDigit(text.charAt(i));
            switch (c) {
                case '\u064A', '\u0649' -> c = '\u06CC';           // ي ى → ی
                case '\u0643' -> c = '\u06A9';                     // ك → ک
                case '\u0629' -> c = '\u0647';                     // ة → ه
                case '\u0623', '\u0625', '\u0671' -> c = '\u0627'; // أ إ ٱ → ا
                case '\u0624' -> c = '\u0648';                     // ؤ → و
                default -> { }
            }
            if (isIgnorable(c)) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || isPunctuation(c)) {
                if (!space) {
                    out.append(' ');
                    space = true;
                }
                continue;
            }
            out.append(Character.toLowerCase(c));
            space = false;
        }
        int end = out.length();
        if (end > 0 && out.charAt(end - 1) == ' ') {
            out.setLength(end - 1);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * The form used to store what a person typed: Arabic ي ى → ی and ك → ک, trimmed. Unlike
     * {@link #normalize}, it keeps ZWNJ, digits and punctuation: the text means what was typed.
     */
    public static String canonicalize(String text) {
        if (text == null) {
            return null;
        }
        return text.replace('\u064A', '\u06CC').replace('\u0649', '\u06CC').replace('\u0643', '\u06A9').strip();
    }

    private static boolean isIgnorable(char c) {
        return c == '\u200C' || c == '\u200D' || c == '\u200B' || c == '\u200E' || c == '\u200F' || c == '\uFEFF'
                || c == '\u0640'                       // tatweel
                || (c >= '\u064B' && c <= '\u065F')    // harakat
                || c == '\u0670';                      // superscript alef
    }

    private static boolean isPunctuation(char c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }
}
