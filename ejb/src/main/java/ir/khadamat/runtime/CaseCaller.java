package ir.khadamat.runtime;

import ir.khadamat.catalog.process.ProcessDefinition;
import ir.khadamat.persian.MobileNumber;
import ir.khadamat.persian.NationalCode;
import ir.khadamat.tenancy.Caller;
import ir.khadamat.tenancy.Roles;
import ir.khadamat.tenancy.SystemScoped;

/**
 * Who acts on a case: provincial staff — the signed-in caller, as their role and province allow — or the case's
 * applicant, a member of the public who proved the case's mobile with a one-time code
 * ({@link PublicServices#applicant}). Each service that acts on a case takes one, instead of a staff method and an
 * applicant's twin of it. An applicant has no province: their calls run in the system's scope ({@link SystemScoped}),
 * on their own case only.
 */
public sealed interface CaseCaller extends SystemScoped permits CaseCaller.Staff, CaseCaller.Applicant {

    /** How a case's history names an applicant who acted: this, then their national code. */
    String APPLICANT_ACTOR = "applicant:";

    /** The signed-in caller, as provincial staff. */
    static CaseCaller staff() {
        return Staff.SIGNED_IN;
    }

    /** The applicant of a case, by the mobile they proved. */
    static CaseCaller applicant(MobileNumber provenMobile) {
        return new Applicant(provenMobile);
    }

    /** Who acts at a step: its role; steps the system does by itself but a person finishes (a payment) are staff's. */
    static String actingRole(ProcessDefinition.Step step) {
        return step.role() == null || Roles.SYSTEM.equals(step.role()) ? Roles.PROVINCE_STAFF : step.role();
    }

    /**
     * Whether the caller may do a step that waits on this role: staff do staff's steps and, at the counter,
     * applicants'; a province admin's only if they are one; an applicant only applicants' steps.
     *
     * @param signedIn who signed in (the public for an applicant)
     */
    boolean mayDo(String actingRole, Caller signedIn);

    /** The name the case's history gives whoever acted. */
    String actor(Caller signedIn, NationalCode applicantCode);

    /** Provincial staff: who they are, their role and province come from the sign-in. */
    final class Staff implements CaseCaller {

        private static final Staff SIGNED_IN = new Staff();

        private Staff() {
        }

        @Override
        public boolean systemScoped() {
            return false;
        }

        @Override
        public boolean mayDo(String actingRole, Caller signedIn) {
            return Roles.PROVINCE_ADMIN.equals(actingRole) ? signedIn.has(Roles.PROVINCE_ADMIN)
                    : Roles.PROVINCE_STAFF.equals(actingRole) || Roles.APPLICANT.equals(actingRole);
        }

        @Override
        public String actor(Caller signedIn, NationalCode applicantCode) {
            return signedIn.username();
        }

        @Override
        public String toString() {
            return "staff";
        }
    }

    /** The applicant of a case, by the mobile they proved. */
    record Applicant(MobileNumber mobile) implements CaseCaller {

        @Override
        public boolean systemScoped() {
            return true;
        }

        @Override
        public boolean mayDo(String actingRole, Caller signedIn) {
            return Roles.APPLICANT.equals(actingRole);
        }

        @Override
        public String actor(Caller signedIn, NationalCode applicantCode) {
            return APPLICANT_ACTOR + applicantCode;
        }

        /** Without the mobile: a caller may end up in a log. */
        @Override
        public String toString() {
            return "applicant";
        }
    }
}
