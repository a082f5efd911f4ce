package ir.khadamat.persian;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AlphabeticalOrderTest {

    @Test
    void persianLettersStandInTheAlphabetsOrderNotInCodePointOrder() {
        // code-point order would put پ, چ, ژ and گ after every Arabic letter, and ی-words wherever ي would be
        List<String> names = new ArrayList<>(List.of("یزد", "گیلان", "تهران", "ژیان", "زنجان",
                "چهارمحال و بختیاری", "بوشهر", "ایلام", "پارس", "کرمان", "آذربایجان شرقی", "اصفهان"));
        names.sort(AlphabeticalOrder.of(Iran.PERSIAN));
        assertEquals(List.of("آذربایجان شرقی", "اصفهان", "ایلام", "بوشهر", "پارس", "تهران", "چهارمحال و بختیاری",
                "زنجان", "ژیان", "کرمان", "گیلان", "یزد"), names);
    }

    @Test
    void englishIsInEnglishOrderAndAMissingTextComesLast() {
        List<String> names = new ArrayList<>(Arrays.asList("Tehran", null, "alborz", "Isfahan"));
        names.sort(AlphabeticalOrder.of(Locale.ENGLISH));
        assertEquals(Arrays.asList("alborz", "Isfahan", "Tehran", null), names);
    }
}
