package ir.khadamat.tenancy;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import java.security.Principal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Finds out who is calling: the principal Elytron authenticated, with the role and province of its
 * {@code app_user} row. Read with JDBC, not JPA, so that the EntityManager is still unused when
 * {@link TenantFilter} scopes it.
 */
@PermitAll
@Stateless
public class Callers {

    @Resource
    private SessionContext context;

    @Resource(lookup = "java:jboss/datasources/KhadamatDS")
    private DataSource dataSource;

    /** Memberships read in the last seconds: a change of role or province takes effect within {@link #TTL}. */
    private static final ConcurrentHashMap<String, Remembered> RECENT = new ConcurrentHashMap<>();
    private static final Duration TTL = Duration.ofSeconds(20);

    private record Remembered(Caller caller, Instant until) {
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Caller current() {
        Principal principal = context.getCallerPrincipal();
        String name = principal == null ? null : principal.getName();
        if (name == null || name.isBlank() || "anonymous".equals(name)) {
            return Caller.PUBLIC;
        }
        Remembered known = RECENT.get(name);
        if (known != null && known.until().isAfter(Instant.now())) {
            return known.caller();
        }
        Caller caller = read(name);
        if (caller != Caller.PUBLIC) {
            RECENT.put(name, new Remembered(caller, Instant.now().plus(TTL)));
        }
        return caller;
    }

    private Caller read(String name) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "SELECT role, province_code FROM app_user WHERE username = ? AND enabled = TRUE")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? new Caller(name, r.getString(1), r.getString(2)) : Caller.PUBLIC;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the caller's membership", e);
        }
    }
}
