package ir.khadamat.catalog;

import com.ibm.icu.text.Transliterator;

import java.util.Optional;

/**
 * A card key (کلید شناسنامه) suggested from the card's Persian title, so that an admin who writes Persian need not
 * invent Latin words before the first save: ICU's Persian-to-Latin transliteration (BGN), with the long vowels that
 * it leaves in Arabic script written as Latin letters first, then ASCII, lower case and hyphens — the form the key's
 * rule asks for ({@code tehran-mlaqat-ba-zndanyan}). The admin may change it until the first save.
 */
public final class CardKeys {

    /** Long enough to tell cards apart, short enough to read in an address; cut at a word. */
    static final int MAX_LENGTH = 60;

    private static final Transliterator LATIN = Transliterator.createFromRules("khadamat-card-key",
            ":: NFC; آ > a; ا > a; ی > y; ي > y; ك > k; ة > h; \u200C > ' ';"
                    + " :: fa-fa_Latn/BGN; :: Latin-ASCII; :: Lower;", Transliterator.FORWARD);

    private CardKeys() {
    }

    /**
     * The key suggested for a new card titled {@code title}, beginning with {@code province} and a hyphen for a
     * province's card ({@code null}: a national card); empty when the title has no letter or digit to spell it with.
     */
    public static Optional<String> fromTitle(String title, String province) {
        if (title == null) {
            return Optional.empty();
        }
        String words;
        synchronized (LATIN) { // a Transliterator is not safe for threads at once
            words = LATIN.transliterate(title);
        }
        String slug = words.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.isEmpty()) {
            return Optional.empty();
        }
        String prefix = province == null ? "" : province + "-";
        int room = MAX_LENGTH - prefix.length();
        if (slug.length() > room) {
            int cut = slug.lastIndexOf('-', room);
            slug = cut > 0 ? slug.substring(0, cut) : slug.substring(0, room);
        }
        return Optional.of(prefix + slug);
    }

    /** Whether a new card's key is still to be chosen: nothing, or no more than the province's prefix. */
    public static boolean unchosen(String key, String province) {
        return key == null || key.isBlank() || province != null && key.strip().equals(province + "-");
    }
}
