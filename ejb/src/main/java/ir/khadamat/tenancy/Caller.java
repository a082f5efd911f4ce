package ir.khadamat.tenancy;

/**
 * Who is calling: the signed-in user with role and province, an anonymous member of the public, or the
 * system itself (start-up import, timers).
 *
 * @param username     the login name; {@code null} for the public
 * @param role         one of {@link Roles}; {@code null} for the public
 * @param provinceCode the user's province; {@code null} for national users, the public and the system
 */
public record Caller(String username, String role, String provinceCode) {

    public static final Caller PUBLIC = new Caller(null, null, null);
    public static final Caller SYSTEM = new Caller("system", Roles.SYSTEM_ADMIN, null);

    public boolean isAnonymous() {
        return username == null;
    }

    /** Sees and may act on every province's data (reviewers, headquarters, system admins, the system). */
    public boolean isNational() {
        return role != null && Roles.isNational(role);
    }

    public boolean has(String aRole) {
        return aRole.equals(role);
    }

    /** Whether data of this province ({@code null}: national data) is the caller's to change. */
    public boolean owns(String dataProvince) {
        return isNational() ? true : provinceCode != null && provinceCode.equals(dataProvince);
    }
}
