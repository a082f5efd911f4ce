package ir.khadamat.markup;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The one escaper of text put into markup, and the XHTML writer built on it. */
class MarkupTest {

    @Test
    void markupCharactersBecomeReferences() {
        assertEquals("زندانیان &lt;آزاد شده&gt; &amp; خانواده &quot;آنان&quot; &#39;",
                Markup.escape("زندانیان <آزاد شده> & خانواده \"آنان\" '"));
        assertEquals("", Markup.escape(null));
    }

    @Test
    void charactersXmlDoesNotAllowAreLeftOut() {
        assertEquals("a\tb\nc\rd", Markup.escape("a\tb\nc\rd\u0000\u0007\uFFFE\uFFFF"));
        // a pair of surrogates (an emoji) stays
        assertEquals("\uD83D\uDE00", Markup.escape("\uD83D\uDE00"));
    }

    @Test
    void theWriterEscapesEveryText() {
        Xhtml x = new Xhtml().raw("<p>").text("a<b").raw("</p>").element("span", "value", "&");
        assertEquals("<p>a&lt;b</p><span class=\"value\">&amp;</span>", x.toString());
    }
}
