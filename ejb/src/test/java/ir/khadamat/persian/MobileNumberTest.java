package ir.khadamat.persian;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MobileNumberTest {

    @Test
    void everySpellingOfAMobileIsStoredAsZeroNineAndNineDigits() {
        assertEquals(Optional.of(new MobileNumber("09121234567")), MobileNumber.parse("09121234567"));
        assertEquals(Optional.of(new MobileNumber("09121234567")), MobileNumber.parse("۰۹۱۲ ۱۲۳ ۴۵۶۷"));
        assertEquals(Optional.of(new MobileNumber("09121234567")), MobileNumber.parse("+989121234567"));
        assertEquals(Optional.of(new MobileNumber("09121234567")), MobileNumber.parse("00989121234567"));
        assertEquals(Optional.of(new MobileNumber("09121234567")), MobileNumber.parse("0912-123-4567"));
    }

    @Test
    void whatIsNoMobileIsEmpty() {
        assertEquals(Optional.empty(), MobileNumber.parse("abc"));
        assertEquals(Optional.empty(), MobileNumber.parse("0212345678"));
        assertEquals(Optional.empty(), MobileNumber.parse("091212345678"));
        assertEquals(Optional.empty(), MobileNumber.parse(null));
    }
}
