package ir.khadamat.markup;

/** A small XHTML writer: every text goes through {@link #text}, which escapes it ({@link Markup}). */
public final class Xhtml {

    private final StringBuilder out = new StringBuilder(32_768);

    /** Markup written as it is: only the caller's constants, never text of a card or a case. */
    public Xhtml raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Text, escaped; characters XML 1.0 does not allow are left out. */
    public Xhtml text(String text) {
        Markup.escape(text, out);
        return this;
    }

    /** An element with a class (none when {@code null}) holding escaped text. */
    public Xhtml element(String name, String cssClass, String text) {
        out.append('<').append(name);
        if (cssClass != null) {
            out.append(" class=\"").append(cssClass).append('"');
        }
        out.append('>');
        text(text);
        out.append("</").append(name).append('>');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
