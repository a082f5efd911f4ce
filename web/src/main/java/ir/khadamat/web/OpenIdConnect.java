package ir.khadamat.web;

import ir.khadamat.settings.Settings;
import ir.khadamat.tenancy.Callers;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Signing in through OpenID Connect, when the server is configured for it (ear/src/main/wildfly/configure-oidc.cli
 * sets {@value #PROVIDER_URL}, from KHADAMAT_OIDC_PROVIDER_URL; docs/security.md). WildFly's OIDC client then
 * authenticates the web module in a virtual security domain whose roles are the ones the provider wrote into its
 * token; those count for nothing here. The roles are the app_user row's: the services (KhadamatDomain, into which the
 * signed-in name is carried) check them, and the web layer asks the same place ({@link Callers}) instead of the
 * container's {@code isUserInRole}.
 */
public final class OpenIdConnect {

    /** The provider URL (its discovery document is under it); set only where the server signs in through OIDC. */
    public static final String PROVIDER_URL = "khadamat.oidc.provider-url";
    private static final String CALLERS = "java:app/khadamat-ejb/Callers!ir.khadamat.tenancy.Callers";
    private static volatile Callers callers;

    private OpenIdConnect() {
    }

    public static Optional<String> providerUrl() {
        return Settings.text(PROVIDER_URL);
    }

    public static boolean configured() {
        return providerUrl().isPresent();
    }

    /** The provider's discovery document (OpenID Connect Discovery 1.0: under the provider URL). */
    public static Optional<String> discoveryUrl() {
        return providerUrl().map(u -> u.replaceFirst("/+$", "") + "/.well-known/openid-configuration");
    }

    /**
     * Whether the caller has one of the roles: by the container's roles ({@code isUserInRole}) when users sign in
     * against app_user (HTTP Basic, the login form); by their app_user row when they sign in through OIDC.
     */
    public static boolean inRole(Predicate<String> container, Collection<String> roles) {
        if (!configured()) {
            return roles.stream().anyMatch(container);
        }
        String role = callers().current().role();
        return role != null && roles.contains(role);
    }

    private static Callers callers() {
        Callers c = callers;
        if (c == null) {
            try {
                c = (Callers) new InitialContext().lookup(CALLERS);
                callers = c;
            } catch (NamingException e) {
                throw new IllegalStateException("The callers' service is not available", e);
            }
        }
        return c;
    }
}
