package ir.khadamat.persian;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/**
 * Iran's constants for the whole platform, in one place: its time zone (every date a person sees or types is a day in
 * Tehran) and the choice of language — Persian first, English only when asked for.
 */
public final class Iran {

    /** Iran's time zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Tehran");
    /** Persian (فارسی), the platform's first language. */
    public static final Locale PERSIAN = Locale.forLanguageTag("fa");

    private Iran() {
    }

    /** Today in Iran. */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** Whether English was asked for; anything else — nothing, Persian, another language — is Persian. */
    public static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    /** The same for a language code ({@code ?lang=en}). */
    public static boolean english(String language) {
        return "en".equals(language);
    }

    /** The locale of a language code: English when asked for, Persian otherwise. */
    public static Locale locale(String language) {
        return english(language) ? Locale.ENGLISH : PERSIAN;
    }

    /** The resource-bundle locale of a language: the base bundle is English, {@code _fa} Persian. */
    public static Locale bundleLocale(Locale locale) {
        return english(locale) ? Locale.ROOT : PERSIAN;
    }
}
