package ir.khadamat.platform;

import ir.khadamat.settings.Settings;
import ir.khadamat.users.UserDirectory;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import org.eclipse.microprofile.config.ConfigProvider;

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
        // KHADAMAT_ADMIN_USER and KHADAMAT_ADMIN_PASSWORD in the environment
        String admin = Settings.text("khadamat.admin.user").orElse(null);
        String password = ConfigProvider.getConfig().getOptionalValue("khadamat.admin.password", String.class).orElse(null);
        if (admin != null && password != null) {
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
