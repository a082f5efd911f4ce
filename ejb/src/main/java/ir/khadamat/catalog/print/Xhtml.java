package ir.khadamat.catalog.print;

/** A small XHTML writer: every text goes through {@link #text}, which escapes it. */
final class Xhtml {

    private final StringBuilder out = new StringBuilder(32_768);

    /** Markup written as it is: only constants of this package, never card text. */
    Xhtml raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Text, escaped; characters XML 1.0 does not allow are left out. */
    Xhtml text(String text) {
        if (text == null) {
            return this;
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
        return this;
    }

    /** An element with a class holding escaped text. */
    Xhtml element(String name, String cssClass, String text) {
        out.append('<').append(name);
        if (cssClass != null) {
            out.append(" class=\"").append(cssClass).append('"');
        }
        out.append('>');
        text(text);
        out.append("</").append(name).append('>');
        return this;
    }

    private static boolean allowed(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || Character.isSurrogate(c)
                || (c >= 0xE000 && c <= 0xFFFD);
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
