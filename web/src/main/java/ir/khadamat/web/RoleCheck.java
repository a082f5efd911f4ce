package ir.khadamat.web;

import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

import java.util.List;

/**
 * Resource methods marked {@link RolesAllowed} (the roles of the service they call, which checks them again) are
 * refused before their body is read: 401 with a Basic challenge for an anonymous caller, 403 for another role,
 * as problem+JSON; nothing is read, bound or logged as a failure. Where users sign in through OpenID Connect, the
 * challenge is Bearer and the role is the caller's app_user row's, not the token's ({@link OpenIdConnect}).
 */
@Provider
public class RoleCheck implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        RolesAllowed roles = resource.getResourceMethod().getAnnotation(RolesAllowed.class);
        if (roles == null) {
            roles = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        if (roles != null) {
            context.register(new Filter(List.of(roles.value())));
        }
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class Filter implements ContainerRequestFilter {
        private final List<String> roles;

        Filter(List<String> roles) {
            this.roles = roles;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            SecurityContext security = request.getSecurityContext();
            if (security == null || security.getUserPrincipal() == null) {
                request.abortWith(Problem.signInFirst(Problem.challenge()));
                return;
            }
            if (!OpenIdConnect.inRole(security::isUserInRole, roles)) {
                request.abortWith(Problem.roleRefused());
            }
        }
    }
}
