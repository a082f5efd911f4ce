package ir.khadamat.catalog;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CardKeysTest {

    @Test
    void aPersianTitleGivesALatinKeyInTheProvincesPart() {
        assertEquals(Optional.of("tehran-mlaqat-ba-zndanyan"), CardKeys.fromTitle("ملاقات با زندانیان", "tehran"));
        assertEquals(Optional.of("amvzsh-zndanyan-hrfh-amvzy-klasyk"),
                CardKeys.fromTitle("آموزش زندانیان (حرفه آموزی- کلاسیک)", null));
        // Arabic letters, a ZWNJ and Persian digits
        assertEquals(Optional.of("isfahan-sbt-nam-1403"), CardKeys.fromTitle("ثبت\u200Cنام ۱۴۰۳", "isfahan"));
    }

    @Test
    void theSuggestionKeepsTheKeysRuleAndNamespace() {
        String longTitle = "خدمات حمایتی ".repeat(20);
        String key = CardKeys.fromTitle(longTitle, "tehran").orElseThrow();
        assertTrue(key.length() <= CardKeys.MAX_LENGTH, key);
        assertTrue(key.matches("[a-z0-9]+(-[a-z0-9]+)*"), key);
        assertTrue(CardKeyNamespace.refusal(key, "tehran", List.of("tehran", "isfahan")).isEmpty());
        assertTrue(CardKeyNamespace.refusal(CardKeys.fromTitle("کتابخانه زندان", null).orElseThrow(), null,
                List.of("tehran", "isfahan")).isEmpty());
    }

    @Test
    void aTitleWithNothingToSpellGivesNoKey() {
        assertEquals(Optional.empty(), CardKeys.fromTitle("«» - ؟", "tehran"));
        assertEquals(Optional.empty(), CardKeys.fromTitle(null, null));
    }

    @Test
    void aKeyIsUnchosenWhileItIsEmptyOrOnlyTheProvincesPrefix() {
        assertTrue(CardKeys.unchosen(null, "tehran"));
        assertTrue(CardKeys.unchosen(" ", null));
        assertTrue(CardKeys.unchosen("tehran-", "tehran"));
        assertFalse(CardKeys.unchosen("tehran-x", "tehran"));
        assertFalse(CardKeys.unchosen("tehran-", null));
    }
}
