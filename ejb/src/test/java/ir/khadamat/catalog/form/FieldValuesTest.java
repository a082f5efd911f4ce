package ir.khadamat.catalog.form;

import ir.khadamat.persian.Iran;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A value of the form shown apart from its field: choices by their labels, numbers in the reader's digits, no JSON. */
class FieldValuesTest {

    private static String fa(String path, String json) {
        return FieldValues.text(path, parse(json), Iran.PERSIAN, "هیچ");
    }

    private static JsonValue parse(String json) {
        return Json.createReader(new StringReader("[" + json + "]")).readArray().get(0);
    }

    @Test
    void choicesAreShownByTheirAnnexLabelsInTheReadersLanguage() {
        assertEquals(ServiceType.G2C.persianLabel(), fa("/specification/serviceTypes", "[\"G2C\"]"));
        assertEquals(ServiceType.G2C.persianLabel() + "، " + ServiceType.G2B.persianLabel(),
                fa("/specification/serviceTypes", "[\"G2C\",\"G2B\"]"));
        assertEquals(ServiceType.G2C.englishLabel(),
                FieldValues.text("/specification/serviceTypes", parse("[\"G2C\"]"), Locale.ENGLISH, "none"));
        // the same constant of two choices is each choice's own label
        assertEquals(DeliveryMode.NON_ELECTRONIC.persianLabel(), fa("/access/request/mode", "\"NON_ELECTRONIC\""));
        assertEquals(LinkMode.NON_ELECTRONIC.persianLabel(), fa("/agencyLinks/0/mode", "\"NON_ELECTRONIC\""));
    }

    @Test
    void numbersAreGroupedInPersianDigitsAndYesNoInWords() {
        assertEquals("۱۲٬۵۰۰", fa("/details/recipients", "12500"));
        assertEquals("بله", fa("/details/feesPaidElectronically", "true"));
        assertEquals("خیر", fa("/details/feesPaidElectronically", "false"));
        assertEquals("12,500", FieldValues.text("/details/recipients", parse("12500"), Locale.ENGLISH, "none"));
    }

    @Test
    void rowsShowTheirValuesAndUnknownStaysUnknown() {
        assertEquals("۵۰۰٬۰۰۰ · حساب ۱۲", fa("/details/fees/0", "{\"amountRials\":500000,\"bankAccount\":\"حساب ۱۲\"}"));
        assertEquals("۵۰۰٬۰۰۰", fa("/details/fees", "[{\"amountRials\":500000,\"bankAccount\":null}]"));
        assertNull(fa("/details/recipients", "null"));
        assertNull(FieldValues.text("/details/recipients", null, Iran.PERSIAN, "هیچ"));
        assertEquals("هیچ", fa("/specification/requiredDocuments", "[]"), "an empty list is none, not unknown");
        // the form's text is its data: kept as written, even where it looks like a constant
        assertEquals("ABC 12", fa("/specification/description", "\"ABC 12\""));
        assertEquals("NOT_A_TYPE", fa("/nowhere", "\"NOT_A_TYPE\""));
    }
}
