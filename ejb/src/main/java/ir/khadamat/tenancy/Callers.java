package ir.khadamat.tenancy;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

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

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Caller current() {
        Principal principal = context.getCallerPrincipal();
        String name = principal == null ? null : principal.getName();
        if (name == null || name.isBlank() || "anonymous".equals(name)) {
            return Caller.PUBLIC;
        }
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
