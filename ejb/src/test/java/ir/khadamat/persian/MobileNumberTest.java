package ir.khadamat.persian;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MobileNumberTest {

    @Test
    void everySpellingOfAMobileIsStoredAsZeroNineAndNineDigits() {
        assertEquals(Optional.of("09121234567"), MobileNumber.normalise("09121234567"));
        assertEquals(Optional.of("09121234567"), MobileNumber.normalise("۰۹۱۲ ۱۲۳ ۴۵۶۷"));
        assertEquals(Optional.of("09121234567"), MobileNumber.normalise("+989121234567"));
        assertEquals(Optional.of("09121234567"), MobileNumber.normalise("00989121234567"));
        assertEquals(Optional.of("09121234567"), MobileNumber.normalise("0912-123-4567"));
    }

    @Test
    void whatIsNoMobileIsEmpty() {
        assertEquals(Optional.empty(), MobileNumber.normalise("abc"));
        assertEquals(Optional.empty(), MobileNumber.normalise("0212345678"));
        assertEquals(Optional.empty(), MobileNumber.normalise("091212345678"));
        assertEquals(Optional.empty(), MobileNumber.normalise(null));
    }
}
