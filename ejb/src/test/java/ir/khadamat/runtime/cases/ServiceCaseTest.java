package ir.khadamat.runtime.cases;

import ir.khadamat.persian.MobileNumber;
import ir.khadamat.persian.NationalCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The case guards itself (as Cargo Tracker's CargoTest covers Cargo): plain objects, no server, no database. */
class ServiceCaseTest {

    private ServiceCase c;

    @BeforeEach
    void begin() {
        c = new ServiceCase(TrackingCode.of("1234567890123452"), "prisoner-visit", 2, "tehran", "tehran-greater-prison",
                NationalCode.of("0084575948"), new MobileNumber("09121234567"), null, Instant.parse("2026-12-31T00:00:00Z"));
        c.at("apply", "applicant");
    }

    private static String reasonOf(InvalidStepInput e) {
        return e.problems().get(0).key();
    }

    @Test
    void aNewCaseIsOpenAtItsFirstStep() {
        assertEquals(CaseStatus.OPEN, c.getStatus());
        assertTrue(c.isOpen());
        assertEquals("apply", c.getCurrentStep());
        assertEquals("applicant", c.getCurrentRole());
        assertEquals("{}", c.getDataJson());
        assertEquals("tehran", c.getProvinceCode());
        assertEquals(0, c.getVersion());
        assertFalse(c.getUpdatedAt().isBefore(c.getCreatedAt()));
    }

    @Test
    void aStepIsTakenAtTheStepAndVersionRead() {
        assertDoesNotThrow(() -> c.expectStep("apply", 0));
        assertDoesNotThrow(() -> c.expectOpenAt("apply"));
        c.at("review", "province-staff");
        assertEquals("review", c.getCurrentStep());
        assertEquals("province-staff", c.getCurrentRole());
        assertDoesNotThrow(() -> c.expectStep("review", 0));
    }

    @Test
    void anotherStepThanTheCurrentOneHasMovedOn() {
        assertThrows(CaseMoved.class, () -> c.expectStep("review", 0));
        assertThrows(CaseMoved.class, () -> c.expectStep(null, 0));
        assertThrows(CaseMoved.class, () -> c.expectOpenAt("review"), "a document for another step");
    }

    @Test
    void aStaleVersionHasMovedOn() {
        CaseMoved moved = assertThrows(CaseMoved.class, () -> c.expectStep("apply", 1));
        assertTrue(moved.getMessage().contains("1234567890123452"), moved.getMessage());
        assertThrows(CaseMoved.class, () -> c.expectStep("apply", -1));
    }

    @Test
    void aCaseWaitingForAnotherSystemTakesNoPersonsStep() {
        c.at("inquiry", null);
        c.waitFor("police");
        assertEquals(CaseStatus.WAITING, c.getStatus());
        assertEquals("police", c.getWaitingFor());
        assertFalse(c.isOpen());
        assertThrows(CaseMoved.class, () -> c.expectStep("inquiry", 0));
        assertThrows(CaseMoved.class, () -> c.expectOpenAt("inquiry"));

        c.at("review", "province-staff"); // the system answered
        assertEquals(CaseStatus.OPEN, c.getStatus());
        assertNull(c.getWaitingFor());
        assertDoesNotThrow(() -> c.expectStep("review", 0));
    }

    @Test
    void closingEndsTheCaseWithItsResult() {
        c.record("{\"apply\":{\"note\":\"x\"}}");
        c.close("end", "approved");
        assertEquals(CaseStatus.CLOSED, c.getStatus());
        assertTrue(c.isClosed());
        assertEquals("end", c.getCurrentStep());
        assertNull(c.getCurrentRole());
        assertEquals("approved", c.getResult());
        assertEquals("{\"apply\":{\"note\":\"x\"}}", c.getDataJson());
    }

    @Test
    void aClosedCaseRefusesEveryStepAndChange() {
        c.close("end", "approved");
        assertEquals("runtime.case.closed", reasonOf(assertThrows(InvalidStepInput.class, () -> c.expectStep("end", 0))));
        assertEquals("runtime.case.closed", reasonOf(assertThrows(InvalidStepInput.class, () -> c.expectStep("apply", 7))),
                "closed comes before moved on");
        assertThrows(CaseMoved.class, () -> c.expectOpenAt("end"), "a document for a closed case has moved on");
        assertThrows(InvalidStepInput.class, () -> c.at("apply", "applicant"));
        assertThrows(InvalidStepInput.class, () -> c.waitFor("police"));
        assertThrows(InvalidStepInput.class, () -> c.record("{}"));
        assertThrows(InvalidStepInput.class, () -> c.close("end", "again"));
        assertThrows(InvalidStepInput.class, () -> c.handOver("isfahan", null));
        assertThrows(InvalidStepInput.class, () -> c.about("p-1"));
        assertEquals(CaseStatus.CLOSED, c.getStatus());
        assertEquals("approved", c.getResult());
        assertEquals("tehran", c.getProvinceCode());
    }

    @Test
    void aTransferToAnotherProvinceHandsTheCaseOver() {
        assertTrue(c.movesTo("isfahan"));
        assertFalse(c.movesTo("tehran"), "a transfer within the province");
        assertFalse(c.movesTo(null));
        c.handOver("isfahan", "isfahan-central-prison");
        assertEquals("isfahan", c.getProvinceCode());
        assertEquals("isfahan-central-prison", c.getUnitCode());
        assertThrows(IllegalArgumentException.class, () -> c.handOver("isfahan", null), "already there");
        assertEquals("isfahan-central-prison", c.getUnitCode());
    }

    @Test
    void aSubjectOnceNamedStays() {
        c.about(null);
        assertNull(c.getSubjectRef());
        c.about("p-1");
        c.about("p-2");
        assertEquals("p-1", c.getSubjectRef());
    }
}
