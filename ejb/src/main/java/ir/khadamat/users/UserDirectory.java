package ir.khadamat.users;

import ir.khadamat.audit.AuditTrail;
import ir.khadamat.tenancy.Caller;
import ir.khadamat.tenancy.Callers;
import ir.khadamat.tenancy.ProvinceRegistry;
import ir.khadamat.tenancy.Roles;
import ir.khadamat.tenancy.SystemTask;
import ir.khadamat.tenancy.TenantFilter;
import ir.khadamat.tenancy.Unit;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Users and units of the provinces. A province's admin manages the users and units of that province only;
 * system admins manage everyone. Every change is audited; passwords are stored as bcrypt hashes only.
 */
@PermitAll
@Stateless
@Interceptors(TenantFilter.class)
public class UserDirectory {

    static final String AUDIT_SUBJECT = "AppUser";
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,99}");
    private static final int MIN_PASSWORD = 10;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Callers callers;

    @EJB
    private ProvinceRegistry provinces;

    @EJB
    private AuditTrail audit;

    /** A request to create a user. */
    public record NewUser(String username, String password, String fullName, String role, String provinceCode) {
    }

    /** A user as others see it: never the password hash. */
    public record UserView(String username, String fullName, String role, String provinceCode, boolean enabled) {
        static UserView of(AppUser u) {
            return new UserView(u.getUsername(), u.getFullName(), u.getRole(), u.getProvinceCode(), u.isEnabled());
        }
    }

    /** A user that cannot be created as asked; nothing is stored. */
    @ApplicationException(rollback = true)
    public static class InvalidUser extends RuntimeException {
        private final String field;

        public InvalidUser(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    public Optional<UserView> me() {
        Caller caller = callers.current();
        if (caller.isAnonymous()) {
            return Optional.empty();
        }
        return em.createNamedQuery("AppUser.byName", AppUser.class).setParameter("name", caller.username())
                .getResultStream().findFirst().map(UserView::of);
    }

    /**
     * The full name of a user, as the screens name who did something (who changed a card or a case, a comment's
     * author) instead of a user name; staff only. A name is all it reads, of any province (a reviewer comments on a
     * province's card), hence its own query past the tenant's criteria.
     */
    @RolesAllowed({Roles.REVIEWER, Roles.HQ_ADMIN, Roles.PROVINCE_ADMIN, Roles.PROVINCE_STAFF, Roles.SYSTEM_ADMIN})
    public Optional<String> fullName(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            return Optional.empty();
        }
        return em.createNativeQuery("SELECT full_name FROM app_user WHERE username = ?1").setParameter(1, username)
                .getResultStream().map(String::valueOf).findFirst();
    }

    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.PROVINCE_ADMIN})
    public List<UserView> users() {
        return em.createNamedQuery("AppUser.all", AppUser.class).getResultStream().map(UserView::of).toList();
    }

    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.PROVINCE_ADMIN})
    public UserView create(NewUser user) {
        Caller caller = callers.current();
        if (!caller.isNational() && (!Roles.PROVINCE_STAFF.equals(user.role()) && !Roles.PROVINCE_ADMIN.equals(user.role())
                || !caller.provinceCode().equals(user.provinceCode()))) {
            throw new InvalidUser("role", "A province's admin creates users of that province only");
        }
        checkNamespace(user);
        return UserView.of(add(user));
    }

    /** The users of the embedded demonstration (README.md lists them); only with {@code -Dkhadamat.demo=true}. */
    @SystemTask
    public int addDemoUsers(String password) {
        int added = 0;
        for (NewUser u : List.of(
                new NewUser("reviewer", password, "کارشناس سازمان برنامه و بودجه", Roles.REVIEWER, null),
                new NewUser("hq-admin", password, "مدیر ستاد سازمان زندان‌ها", Roles.HQ_ADMIN, null),
                new NewUser("sysadmin", password, "مدیر سامانه", Roles.SYSTEM_ADMIN, null),
                new NewUser("tehran-admin", password, "مدیر استانی تهران", Roles.PROVINCE_ADMIN, "tehran"),
                new NewUser("tehran-staff", password, "کارمند استانی تهران", Roles.PROVINCE_STAFF, "tehran"),
                new NewUser("isfahan-admin", password, "مدیر استانی اصفهان", Roles.PROVINCE_ADMIN, "isfahan"),
                new NewUser("isfahan-staff", password, "کارمند استانی اصفهان", Roles.PROVINCE_STAFF, "isfahan"))) {
            if (!exists(u.username())) {
                add(u);
                added++;
            }
        }
        for (Unit unit : List.of(
                new Unit("tehran-greater-prison", "tehran", Unit.Kind.PRISON, "ندامتگاه تهران بزرگ", "Greater Tehran Prison"),
                new Unit("tehran-office", "tehran", Unit.Kind.OFFICE, "اداره کل زندان‌های استان تهران", "Tehran Province Prisons Office"),
                new Unit("isfahan-central-prison", "isfahan", Unit.Kind.PRISON, "زندان مرکزی اصفهان", "Isfahan Central Prison"),
                new Unit("isfahan-office", "isfahan", Unit.Kind.OFFICE, "اداره کل زندان‌های استان اصفهان", "Isfahan Province Prisons Office"))) {
            if (em.createNamedQuery("Unit.byCode", Unit.class).setParameter("code", unit.getCode()).getResultList().isEmpty()) {
                em.persist(unit);
            }
        }
        return added;
    }

    /**
     * The first system admin of a production installation, from the environment at start-up; does nothing when
     * that user exists. There is no default password anywhere.
     */
    @SystemTask
    public boolean addFirstAdmin(String username, String password) {
        if (exists(username)) {
            return false;
        }
        add(new NewUser(username, password, username, Roles.SYSTEM_ADMIN, null));
        return true;
    }

    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.PROVINCE_ADMIN, Roles.PROVINCE_STAFF})
    public List<Unit> units() {
        return em.createNamedQuery("Unit.all", Unit.class).getResultList();
    }

    /** The prisons of a province, for the public pages (where to book a visit): names only. */
    @SystemTask
    public List<Unit> prisonsOf(String provinceCode) {
        return em.createNamedQuery("Unit.all", Unit.class).getResultStream()
                .filter(u -> u.getKind() == Unit.Kind.PRISON && u.getProvinceCode().equals(provinceCode)).toList();
    }

    private boolean exists(String username) {
        return !em.createNamedQuery("AppUser.byName", AppUser.class).setParameter("name", username)
                .getResultList().isEmpty();
    }

    private AppUser add(NewUser u) {
        if (u.username() == null || !USERNAME.matcher(u.username()).matches()) {
            throw new InvalidUser("username", "3 to 100 lower-case letters, digits, '.', '_' or '-'");
        }
        if (u.password() == null || u.password().length() < MIN_PASSWORD) {
            throw new InvalidUser("password", "At least " + MIN_PASSWORD + " characters");
        }
        if (u.fullName() == null || u.fullName().isBlank()) {
            throw new InvalidUser("fullName", "Required");
        }
        if (u.fullName().length() > 200) { // app_user.full_name (V3)
            throw new InvalidUser("fullName", "At most 200 characters");
        }
        if (u.password().length() > 200) {
            throw new InvalidUser("password", "At most 200 characters");
        }
        if (u.role() == null || !Roles.ALL.contains(u.role())) {
            throw new InvalidUser("role", "One of " + Roles.ALL);
        }
        boolean national = Roles.isNational(u.role());
        if (national != (u.provinceCode() == null)) {
            throw new InvalidUser("provinceCode", national ? "National users have no province" : "A province is required");
        }
        if (!national && provinces.byCode(u.provinceCode()).isEmpty()) {
            throw new InvalidUser("provinceCode", "No province '" + u.provinceCode() + "'");
        }
        if (exists(u.username()) || usernameTakenAnywhere(u.username())) {
            throw new InvalidUser("username", "This user name is taken");
        }
        AppUser user = new AppUser(u.username(), PasswordHashing.bcrypt(u.password()), u.fullName().strip(),
                u.role(), u.provinceCode());
        em.persist(user);
        audit.record(AUDIT_SUBJECT, u.username(), "CREATED", u.provinceCode(), "role=" + u.role());
        return user;
    }

    /**
     * User names are national (they sign in), so each province has its own part of them: a provincial user's name
     * starts with the province's code and a hyphen ({@code tehran-staff}), and a national user's with no province's
     * code. A province's admin can then only ever meet a taken name among its own province's users, whom it sees
     * anyway: whether a name is taken says nothing about another province (docs/security-rules.md).
     */
    private void checkNamespace(NewUser u) {
        if (u.username() == null || u.role() == null || !Roles.ALL.contains(u.role())) {
            return; // add() names the field
        }
        if (Roles.isNational(u.role())) {
            provinces.all().stream().filter(p -> u.username().startsWith(p.getCode() + "-")).findFirst().ifPresent(p -> {
                throw new InvalidUser("username", "A national user's name does not start with a province's code ('"
                        + p.getCode() + "-')");
            });
        } else if (u.provinceCode() != null && !u.username().startsWith(u.provinceCode() + "-")) {
            throw new InvalidUser("username", "A user of a province has a name that starts with '" + u.provinceCode() + "-'");
        }
    }

    /** The user name is unique across provinces, also where the caller cannot see the other user. */
    private boolean usernameTakenAnywhere(String username) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM app_user WHERE username = ?1")
                .setParameter(1, username).getSingleResult()).longValue() > 0;
    }
}
