package ir.khadamat.web.throttle;

import io.undertow.server.HandlerWrapper;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import ir.khadamat.throttle.Throttles;
import jakarta.servlet.ServletContext;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The sign-in throttle, in front of Elytron's mechanisms: an Undertow handler of the application's outer handler
 * chain (it runs on the request's worker thread, after the servlet request exists and before the security handlers
 * authenticate). Every request that carries credentials — HTTP Basic on any path, or the login form's POST to
 * {@code j_security_check} — is first asked of {@link Throttles#signInWait}: while the account or the client address
 * is in its backoff the request is answered 429 with {@code Retry-After} and the credentials are not even checked (the
 * right password included: a backoff, never a lock). After the mechanisms ran, a failed sign-in is counted for the
 * account and the address, and a successful one forgets the account's failures. Elytron's own in-memory brute-force
 * wrapper is switched off for this realm (configure-server.cli): these counters are in the database, seen by every
 * node, and no user can be locked out by others. docs/security-throttle.md.
 */
public class SignInThrottle implements ServletExtension {

    private static final Logger LOG = Logger.getLogger(SignInThrottle.class.getName());
    private static final String THROTTLES = "java:app/khadamat-ejb/Throttles!ir.khadamat.throttle.Throttles";

    @Override
    public void handleDeployment(DeploymentInfo deploymentInfo, ServletContext servletContext) {
        deploymentInfo.addOuterHandlerChainWrapper(new HandlerWrapper() {
            @Override
            public HttpHandler wrap(HttpHandler next) {
                return new Handler(next);
            }
        });
    }

    /** The account a request tries to sign in as, and whether by the form; null when it carries no credentials. */
    record Attempt(String account, boolean form) {
    }

    static Attempt attempt(String authorization, boolean formPost, String formUser) {
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String account;
            try {
                String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                account = colon < 0 ? decoded : decoded.substring(0, colon);
            } catch (IllegalArgumentException e) {
                account = "";
            }
            return new Attempt(shorten(account), false);
        }
        if (formPost) {
            return new Attempt(shorten(formUser == null ? "" : formUser), true);
        }
        return null;
    }

    private static String shorten(String account) {
        String a = account.strip();
        return a.length() > 100 ? a.substring(0, 100) : a;
    }

    private static final class Handler implements HttpHandler {

        private final HttpHandler next;
        private volatile Throttles throttles;

        Handler(HttpHandler next) {
            this.next = next;
        }

        @Override
        public void handleRequest(HttpServerExchange exchange) throws Exception {
            boolean formPost = Methods.POST.equals(exchange.getRequestMethod()) && exchange.getRelativePath().endsWith("/j_security_check");
            String formUser = null;
            if (formPost) {
                ServletRequestContext context = exchange.getAttachment(ServletRequestContext.ATTACHMENT_KEY);
                formUser = context == null ? null : context.getServletRequest().getParameter("j_username");
            }
            Attempt attempt = attempt(exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION), formPost, formUser);
            Throttles service = attempt == null ? null : throttles();
            if (service == null) {
                next.handleRequest(exchange);
                return;
            }
            String address = address(exchange);
            long wait = service.signInWait(attempt.account(), address);
            if (wait > 0) {
                refuse(exchange, wait, attempt.form());
                return;
            }
            try {
                next.handleRequest(exchange);
            } finally {
                record(exchange, attempt, address, service);
            }
        }

        /** After the mechanisms ran (before the servlet, even an asynchronous one, answers): count the outcome. */
        private void record(HttpServerExchange exchange, Attempt attempt, String address, Throttles service) {
            try {
                var security = exchange.getSecurityContext();
                boolean authenticated = security != null && security.isAuthenticated();
                int status = exchange.getStatusCode();
                if (attempt.form() && !authenticated) {
                    String location = exchange.getResponseHeaders().getFirst(Headers.LOCATION);
                    authenticated = (status == 302 || status == 303) && location != null && !location.contains("failed");
                }
                if (authenticated) {
                    service.signInSucceeded(attempt.account());
                } else if (attempt.form() || status == 401) {
                    service.signInFailed(attempt.account(), address);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not count a sign-in: {0}", e.toString());
            }
        }

        private Throttles throttles() {
            Throttles t = throttles;
            if (t == null) {
                try {
                    t = (Throttles) new InitialContext().lookup(THROTTLES);
                    throttles = t;
                } catch (NamingException e) {
                    LOG.log(Level.WARNING, "The sign-in throttle is not available yet: {0}", e.toString());
                }
            }
            return t;
        }
    }

    /** The client's address (with Undertow's proxy-address-forwarding on, the one the proxy names). */
    static String address(HttpServerExchange exchange) {
        InetSocketAddress source = exchange.getSourceAddress();
        return source == null || source.getAddress() == null ? null : source.getAddress().getHostAddress();
    }

    private static void refuse(HttpServerExchange exchange, long wait, boolean form) {
        exchange.setStatusCode(429);
        exchange.getResponseHeaders().put(Headers.RETRY_AFTER, Long.toString(wait));
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
        if (form) {
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/html; charset=UTF-8");
            exchange.getResponseSender().send("<!DOCTYPE html><html lang=\"fa\" dir=\"rtl\"><head><meta charset=\"UTF-8\">"
                    + "<title>ورود</title></head><body><p id=\"error-message\">ورودهای نادرست پیاپی: لطفاً " + wait
                    + " ثانیه دیگر دوباره وارد شوید.</p><p><a href=\"/workspace/index.xhtml\">بازگشت به صفحه ورود</a></p>"
                    + "</body></html>", StandardCharsets.UTF_8);
        } else {
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/problem+json");
            exchange.getResponseSender().send("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                    + "\"detail\":\"Too many failed sign-ins for this account or from this address; try again in " + wait
                    + " s\",\"parameter\":\"Authorization\",\"errors\":null}", StandardCharsets.UTF_8);
        }
    }
}
