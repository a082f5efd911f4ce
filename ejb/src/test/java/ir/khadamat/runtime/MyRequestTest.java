package ir.khadamat.runtime;

import ir.khadamat.persian.MobileNumber;
import ir.khadamat.persian.NationalCode;
import ir.khadamat.runtime.cases.CaseStatus;
import ir.khadamat.runtime.cases.TrackingCode;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** «درخواست‌های من»: what a person is told is expected now, and which cases a person's token opens. */
class MyRequestTest {

    @Test
    void theirTurnOnlyWhenTheOpenCaseWaitsOnTheirStep() {
        assertEquals(MyRequest.Expected.YOU, MyRequest.expected(CaseStatus.OPEN, true));
        assertEquals(MyRequest.Expected.STAFF, MyRequest.expected(CaseStatus.OPEN, false), "staff verify");
        assertEquals(MyRequest.Expected.OTHER_SYSTEM, MyRequest.expected(CaseStatus.WAITING, true),
                "a case waiting on another system is nobody's turn");
        assertEquals(MyRequest.Expected.NOTHING, MyRequest.expected(CaseStatus.CLOSED, false));
        assertEquals(MyRequest.Expected.NOTHING, MyRequest.expected(CaseStatus.CLOSED, true));
    }

    @Test
    void aPersonsTokenOpensTheCasesOfBothTheirCodeAndTheirMobileWhileInTime() {
        Instant now = Instant.now();
        ApplicantToken person = ApplicantToken.forPerson("h", NationalCode.of("0012345679"), new MobileNumber("09121234567"), now.plusSeconds(3600));
        assertTrue(person.isPerson(now));
        assertTrue(person.isPersonOf(NationalCode.of("0012345679"), new MobileNumber("09121234567"), now));
        assertFalse(person.isPersonOf(NationalCode.of("0012345679"), new MobileNumber("09120000000"), now), "their code, another mobile");
        assertFalse(person.isPersonOf(NationalCode.of("0499370899"), new MobileNumber("09121234567"), now), "their phone, a relative's case");
        assertFalse(person.isPersonOf(null, new MobileNumber("09121234567"), now), "a case staff started without a national code");
        assertFalse(person.isPersonOf(NationalCode.of("0012345679"), new MobileNumber("09121234567"), now.plusSeconds(3601)), "out of time");
        assertFalse(person.isFor(TrackingCode.parse("1").orElse(null), now), "no case's token");
    }

    @Test
    void aCasesTokenIsNoPersons() {
        Instant now = Instant.now();
        ApplicantToken one = new ApplicantToken("h", null, new MobileNumber("09121234567"), now.plusSeconds(60));
        assertFalse(one.isPerson(now), "a token without a national code stands for nobody");
        assertFalse(one.isPersonOf(null, new MobileNumber("09121234567"), now));
    }
}
