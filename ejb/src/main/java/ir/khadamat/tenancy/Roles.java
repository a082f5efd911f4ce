package ir.khadamat.tenancy;

import java.util.List;

/**
 * The roles of the platform, as Elytron gives them to the application (the {@code role} column of
 * {@code app_user}). National roles see every province; provincial roles only their own.
 */
public final class Roles {

    /** کارشناس سازمان برنامه و بودجه: reviews, comments, approves with a service ID, publishes (national). */
    public static final String REVIEWER = "reviewer";
    /** مدیر ستاد دستگاه: writes the agency's national cards (national). */
    public static final String HQ_ADMIN = "hq-admin";
    /** مدیر استانی: writes the province's cards and editions, manages its staff and units. */
    public static final String PROVINCE_ADMIN = "province-admin";
    /** کارمند استانی: runs the province's services, reads its cards. */
    public static final String PROVINCE_STAFF = "province-staff";
    /** مدیر سامانه: users of any province, reference data (national). */
    public static final String SYSTEM_ADMIN = "system-admin";

    /**
     * متقاضی: a role of process steps only, never of a login: the member of the public the case is for, acting on
     * their own case after proving its mobile (staff may act for them at the counter).
     */
    public static final String APPLICANT = "applicant";
    /** A role of process steps only: the system does the step by itself (inquiries, notifications, outputs). */
    public static final String SYSTEM = "system";

    public static final List<String> ALL = List.of(REVIEWER, HQ_ADMIN, PROVINCE_ADMIN, PROVINCE_STAFF, SYSTEM_ADMIN);
    /** Who a step of a process definition waits on. */
    public static final List<String> STEP_ROLES = List.of(APPLICANT, PROVINCE_STAFF, PROVINCE_ADMIN, SYSTEM);
    public static final List<String> NATIONAL = List.of(REVIEWER, HQ_ADMIN, SYSTEM_ADMIN);

    private Roles() {
    }

    public static boolean isNational(String role) {
        return NATIONAL.contains(role);
    }
}
