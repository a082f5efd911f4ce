package ir.khadamat.testing;

import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.util.concurrent.Callable;

/** Runs a piece of an in-container test as a demonstration user, authenticated by the application's Elytron domain. */
public final class As {

    private As() {
    }

    public static <T> T user(String username, Callable<T> work) {
        try {
            SecurityIdentity identity = SecurityDomain.getCurrent()
                    .authenticate(username, new PasswordGuessEvidence(Http.DEMO_PASSWORD.toCharArray()));
            return identity.runAs((PrivilegedExceptionAction<T>) work::call);
        } catch (RealmUnavailableException | SecurityException e) {
            throw new IllegalStateException("Could not sign in as " + username, e);
        } catch (PrivilegedActionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** A signed-in identity to run work with on other threads (they have no security domain of their own). */
    public static SecurityIdentity identity(String username) {
        try {
            return SecurityDomain.getCurrent().authenticate(username, new PasswordGuessEvidence(Http.DEMO_PASSWORD.toCharArray()));
        } catch (RealmUnavailableException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void user(String username, Runnable work) {
        user(username, () -> {
            work.run();
            return null;
        });
    }
}
