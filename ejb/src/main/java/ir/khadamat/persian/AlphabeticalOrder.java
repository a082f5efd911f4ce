package ir.khadamat.persian;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;

import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/**
 * Alphabetical order (ترتیب الفبایی) as a reader of the language expects it — ICU's collation, not the order of
 * Unicode code points, which puts پ چ ژ گ after every Arabic letter and depends on the database's settings.
 */
public final class AlphabeticalOrder {

    private static final Collator PERSIAN = frozen(new ULocale("fa"));
    private static final Collator ENGLISH = frozen(ULocale.ENGLISH);

    private AlphabeticalOrder() {
    }

    /** Texts in Persian order unless the locale is English; a missing text comes last. */
    public static Comparator<String> of(Locale locale) {
        Collator collator = Iran.english(locale) ? ENGLISH : PERSIAN;
        return Comparator.nullsLast(collator::compare);
    }

    /** Things in the alphabetical order of a text of theirs. */
    public static <T> Comparator<T> by(Function<T, String> text, Locale locale) {
        return Comparator.comparing(text, of(locale));
    }

    private static Collator frozen(ULocale locale) {
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.TERTIARY);
        return collator.freeze();
    }
}
