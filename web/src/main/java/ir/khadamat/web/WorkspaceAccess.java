package ir.khadamat.web;

import ir.khadamat.tenancy.Roles;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The workspace is for the people of app_user with one of the five roles. web.xml's constraint on
 * {@code /workspace/*} only has the visitor signed in (role {@code **}); the role is checked here, where it can be
 * the caller's app_user row's when users sign in through OpenID Connect ({@link OpenIdConnect}: a name the provider
 * signed in but without a row, or the roles its token names, open nothing). 403 otherwise.
 */
@WebFilter(urlPatterns = "/workspace/*")
public class WorkspaceAccess extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null && !OpenIdConnect.inRole(request::isUserInRole, Roles.ALL)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }
}
