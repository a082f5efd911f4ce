package ir.khadamat.persian;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PersianTextTest {

    @Test
    void arabicLettersAreFoldedToPersian() {
        assertEquals("زندانیان", PersianText.normalize("زندانيان"));          // Arabic yeh U+064A
        assertEquals("کارت ملی", PersianText.normalize("كارت ملي"));           // Arabic kaf U+0643
        assertEquals("ملاقات", PersianText.normalize("ملاقات"));
        assertEquals("موسی", PersianText.normalize("موسى"));                   // alef maksura
        assertEquals("مدرسه", PersianText.normalize("مدرسة"));                 // teh marbuta
        assertEquals("اسلامی", PersianText.normalize("إسلامي"));
    }

    @Test
    void digitsOfEveryScriptBecomeAscii() {
        assertEquals("80000", PersianText.normalize("۸۰۰۰۰"));
        assertEquals("1403 01 15", PersianText.normalize("١٤٠٣/٠١/١٥"));
    }

    @Test
    void zwnjDiacriticsAndTatweelAreIgnored() {
        assertEquals("دستگاههای", PersianText.normalize("دستگاه\u200Cهای"));
        assertEquals("کتاب", PersianText.normalize("كِتَاب"));
        assertEquals("سلام", PersianText.normalize("ســلام"));
    }

    @Test
    void punctuationAndSpacesCollapseLatinIsLowerCased() {
        assertEquals("نام دوره اساتید", PersianText.normalize("  نام دوره- اساتید  "));
        assertEquals("cms قوه قضاییه", PersianText.normalize("CMS قوه قضائیه".replace('ئ', 'ی')));
        assertEquals("", PersianText.normalize(" \u00a0 "));
        assertNull(PersianText.normalize(null));
    }

    @Test
    void canonicalFormKeepsWhatWasTypedButTheLetters() {
        assertEquals("می\u200Cخواهم کارت ملی ۱۲", PersianText.canonicalize(" مي\u200Cخواهم كارت ملي ۱۲ "));
    }

    @Test
    void persianDigitsBothWays() {
        assertEquals("۴۰۰۰۰ ریال", PersianDigits.toPersian("40000 ریال"));
        assertEquals("۱۴۰۳", PersianDigits.toPersian(1403));
        assertEquals("T-4455", PersianDigits.toPersianUnlessLatinCode("T-4455"), "a Latin code keeps its digits");
        assertEquals("SFKD3S3GVS", PersianDigits.toPersianUnlessLatinCode("SFKD3S3GVS"));
        assertEquals("پرونده ۱۲-۳۴", PersianDigits.toPersianUnlessLatinCode("پرونده 12-34"));
        assertEquals("۴۴۵۵", PersianDigits.toPersianUnlessLatinCode("4455"));
        assertEquals("1403/01/15", PersianDigits.toAscii("۱۴۰۳/٠١/15"));
    }
}
