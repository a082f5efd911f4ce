package ir.khadamat.runtime;

import ir.khadamat.catalog.process.ProcessDefinition;
import ir.khadamat.catalog.process.StepKind;
import ir.khadamat.persian.MobileNumber;
import ir.khadamat.persian.NationalCode;
import ir.khadamat.tenancy.Caller;
import ir.khadamat.tenancy.Roles;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who may do which step: staff as their role allows, an applicant only applicants' steps. */
class CaseCallerTest {

    private static final Caller STAFF = new Caller("tehran-staff", Roles.PROVINCE_STAFF, "tehran");
    private static final Caller ADMIN = new Caller("tehran-admin", Roles.PROVINCE_ADMIN, "tehran");

    private static ProcessDefinition.Step step(StepKind kind, String role) {
        return new ProcessDefinition.Step("s", "مرحله", kind, role, List.of(), List.of(), List.of(), Map.of(), null);
    }

    @Test
    void stepsTheSystemDoesAreFinishedByStaff() {
        assertEquals(Roles.PROVINCE_STAFF, CaseCaller.actingRole(step(StepKind.PAYMENT, Roles.SYSTEM)));
        assertEquals(Roles.PROVINCE_STAFF, CaseCaller.actingRole(step(StepKind.FORM, null)));
        assertEquals(Roles.APPLICANT, CaseCaller.actingRole(step(StepKind.FORM, Roles.APPLICANT)));
        assertEquals(Roles.PROVINCE_ADMIN, CaseCaller.actingRole(step(StepKind.DECISION, Roles.PROVINCE_ADMIN)));
    }

    @Test
    void staffDoStaffsStepsAndApplicantsAtTheCounter() {
        CaseCaller staff = CaseCaller.staff();
        assertTrue(staff.mayDo(Roles.PROVINCE_STAFF, STAFF));
        assertTrue(staff.mayDo(Roles.APPLICANT, STAFF), "at the counter");
        assertFalse(staff.mayDo(Roles.PROVINCE_ADMIN, STAFF));
        assertTrue(staff.mayDo(Roles.PROVINCE_ADMIN, ADMIN));
        assertFalse(staff.systemScoped(), "staff stay in their province's scope");
        assertEquals("tehran-staff", staff.actor(STAFF, NationalCode.of("0084575948")));
    }

    @Test
    void anApplicantDoesOnlyApplicantsSteps() {
        CaseCaller applicant = CaseCaller.applicant(new MobileNumber("09121234567"));
        assertTrue(applicant.mayDo(Roles.APPLICANT, Caller.PUBLIC));
        assertFalse(applicant.mayDo(Roles.PROVINCE_STAFF, Caller.PUBLIC));
        assertFalse(applicant.mayDo(Roles.PROVINCE_ADMIN, ADMIN), "whoever signed in");
        assertTrue(applicant.systemScoped(), "no province: their own case, in the system's scope");
        assertEquals("applicant:0084575948", applicant.actor(Caller.PUBLIC, NationalCode.of("0084575948")));
        assertFalse(applicant.toString().contains("0912"), "the mobile stays out of logs");
    }
}
