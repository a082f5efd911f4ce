package ir.khadamat.markup;

/**
 * The one escaper of text put into XML, XHTML or SVG: {@code & < > " '} become entity or character references, and
 * the characters XML 1.0 does not allow (most control characters, lone U+FFFE/U+FFFF) are left out, so any text of a
 * card or a case gives a well-formed document. Safe in element content and in attribute values in either quote.
 */
public final class Markup {

    private Markup() {
    }

    /** The text escaped; {@code null} gives the empty string. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        return escape(text, new StringBuilder(text.length() + 16)).toString();
    }

    /** Appends the text escaped ({@code null}: nothing) and returns {@code out}. */
    public static StringBuilder escape(String text, StringBuilder out) {
        if (text == null) {
            return out;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (allowed(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out;
    }

    /** Whether XML 1.0 allows the character (a surrogate is taken as half of an allowed pair). */
    private static boolean allowed(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || Character.isSurrogate(c)
                || (c >= 0xE000 && c <= 0xFFFD);
    }
}
