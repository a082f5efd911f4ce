package ir.khadamat.persian;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NationalCodeTest {

    /** Codes made by the rule: the check digit of 049937089 is 9, of 001234567 is 9, of 123456789 is 1. */
    @Test
    void validCodesByTheCheckDigitRule() {
        assertTrue(NationalCode.isValid("0499370899"));
        assertTrue(NationalCode.isValid("0012345679"));
        assertTrue(NationalCode.isValid("1234567891"));
        assertEquals("0499370899", NationalCode.of("۰۴۹۹۳۷۰۸۹۹").value());
        assertEquals("0012345679", NationalCode.of("12345679").value(), "leading zeros may be left out");
        assertEquals("0499370899", NationalCode.of("049-937089-9").value());
    }

    @Test
    void wrongCheckDigitsAndShapesAreRefused() {
        assertFalse(NationalCode.isValid("0499370898"));
        assertFalse(NationalCode.isValid("1111111111"), "one repeated digit is never issued");
        assertFalse(NationalCode.isValid("0000000000"));
        assertFalse(NationalCode.isValid("12345"));
        assertFalse(NationalCode.isValid("04993708990"));
        assertFalse(NationalCode.isValid("abcdefghij"));
        assertFalse(NationalCode.isValid(null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NationalCode.of("0499370898"));
        assertTrue(e.getMessage().contains("0499370898"));
    }

    record Applicant(@ValidNationalCode String nationalCode) {
    }

    @Test
    void beanValidationSaysItInPersian() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("fa"));
            Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
            assertTrue(validator.validate(new Applicant("0499370899")).isEmpty());
            assertTrue(validator.validate(new Applicant(null)).isEmpty());
            var violations = validator.validate(new Applicant("0499370898"));
            assertEquals(1, violations.size());
            assertTrue(violations.iterator().next().getMessage().startsWith("کد ملی معتبر نیست"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void everySpellingOfACodeIsStoredAsTenAsciiDigits() {
        assertEquals("0012345679", NationalCode.parse("12345679").orElseThrow().value());
        assertEquals("0012345679", NationalCode.parse("۰۰۱۲۳۴۵۶۷۹").orElseThrow().value());
        assertEquals("0012345679", NationalCode.parse("001-234567-9").orElseThrow().value());
        assertTrue(NationalCode.parse("0012345678").isEmpty());
        assertTrue(NationalCode.parse(null).isEmpty());
    }
}
