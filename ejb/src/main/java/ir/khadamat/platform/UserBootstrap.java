package ir.khadamat.platform;

import ir.khadamat.users.UserDirectory;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

import java.util.logging.Logger;

/**
 * The users a start needs. A production start creates no user and knows no password, except the first system
 * admin when {@code KHADAMAT_ADMIN_USER} and {@code KHADAMAT_ADMIN_PASSWORD} are set in the environment
 * (docs/production.md, "First admin"). The embedded demonstration ({@code -Dkhadamat.demo=true}, set by the run
 * profile and the tests) adds a user of every role in Tehran and Isfahan, with the password README.md gives.
 */
@PermitAll
@Singleton
@Startup
@DependsOn("CatalogDataImport")
public class UserBootstrap {

    /** The password of every demonstration user; they exist only with {@code -Dkhadamat.demo=true}. */
    public static final String DEMO_PASSWORD = "khadamat-demo";

    private static final Logger LOG = Logger.getLogger(UserBootstrap.class.getName());

    @EJB
    private UserDirectory users;

    @PostConstruct
    void atStartup() {
        String admin = System.getenv("KHADAMAT_ADMIN_USER");
        String password = System.getenv("KHADAMAT_ADMIN_PASSWORD");
        if (admin != null && !admin.isBlank() && password != null) {
            try {
                if (users.addFirstAdmin(admin.strip(), password)) {
                    LOG.info(() -> "First system admin created: " + admin);
                }
            } catch (UserDirectory.InvalidUser e) {
                LOG.severe(() -> "The first system admin was not created: " + e.field() + ": " + e.getMessage());
            }
        }
        if (Boolean.getBoolean("khadamat.demo")) {
            int added = users.addDemoUsers(DEMO_PASSWORD);
            LOG.info(() -> "Demonstration mode: " + added + " demo users added (README.md lists them)");
        }
    }
}
