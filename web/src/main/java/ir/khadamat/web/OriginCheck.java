package ir.khadamat.web;

import ir.khadamat.settings.Settings;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Method;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Cross-site request forgery on the REST API: a page of another site must not make a signed-in browser change
 * anything. For every state-changing call (POST, PUT, PATCH, DELETE):
 * <ul>
 *     <li>signed in by the screen session's cookie: the {@code Origin} (else the {@code Referer}) must be this
 *     server's own origin or one of {@code khadamat.rest.allowed-origins}; a missing one is refused too;</li>
 *     <li>signed in with an {@code Authorization} header (HTTP Basic, a token): a browser may have cached Basic
 *     credentials, so an {@code Origin} that is present and foreign is refused; API clients send none and go on;</li>
 *     <li>whoever calls: the content types a foreign page can post without asking (form-encoded, multipart form,
 *     {@code text/plain}) are refused with 415 unless the operation declares that exact type.</li>
 * </ul>
 * Refused: 403 problem+JSON naming the {@code Origin} header. Anonymous calls (the public flow, whose applicant
 * token is a header a foreign page cannot send) are only subject to the content-type rule. docs/security-rules.md.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class OriginCheck implements ContainerRequestFilter {

    /** Origins besides the server's own, comma-separated (e.g. {@code https://khadamat.example.ir}). */
    public static final String ALLOWED_ORIGINS = "khadamat.rest.allowed-origins";

    private static final Logger LOG = Logger.getLogger(OriginCheck.class.getName());
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final List<MediaType> SIMPLE = List.of(MediaType.APPLICATION_FORM_URLENCODED_TYPE,
            MediaType.MULTIPART_FORM_DATA_TYPE, MediaType.TEXT_PLAIN_TYPE);

    @Context
    private ResourceInfo resource;

    @Context
    private HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            return;
        }
        MediaType type = request.getMediaType();
        if (type != null && SIMPLE.stream().anyMatch(s -> s.isCompatible(type)) && !declared(type)) {
            request.abortWith(new Problem("about:blank", "Unsupported Media Type", 415,
                    "This operation takes application/json, not " + type.getType() + "/" + type.getSubtype(),
                    "Content-Type", null).toResponse());
            return;
        }
        boolean signedIn = request.getSecurityContext() != null && request.getSecurityContext().getUserPrincipal() != null;
        if (!signedIn) {
            return;
        }
        String origin = origin(request);
        boolean byHeader = request.getHeaderString(HttpHeaders.AUTHORIZATION) != null;
        boolean refused = byHeader ? origin != null && !allowed(origin) : origin == null || !allowed(origin);
        if (refused) {
            LOG.info(() -> "Cross-origin " + request.getMethod() + " /" + request.getUriInfo().getPath() + " refused (origin "
                    + origin + ", " + (byHeader ? "Authorization header" : "session cookie") + ")");
            request.abortWith(new Problem("about:blank", "Forbidden", 403, origin == null
                    ? "A change made with the screen session needs the Origin (or Referer) of this site"
                    : "Changes are not accepted from the origin " + origin, "Origin", null).toResponse());
        }
    }

    /** Whether the operation itself says it takes this content type (a wildcard does not count). */
    private boolean declared(MediaType type) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return false;
        }
        Consumes consumes = method.getAnnotation(Consumes.class);
        if (consumes == null) {
            consumes = resource.getResourceClass().getAnnotation(Consumes.class);
        }
        return consumes != null && Arrays.stream(consumes.value()).flatMap(v -> Arrays.stream(v.split(",")))
                .map(v -> MediaType.valueOf(v.strip()))
                .anyMatch(d -> !d.isWildcardType() && !d.isWildcardSubtype() && d.isCompatible(type));
    }

    /** The {@code Origin} of the call as scheme://host[:port], else that of its {@code Referer}; null when neither. */
    static String origin(ContainerRequestContext request) {
        String origin = request.getHeaderString("Origin");
        if (origin != null && !origin.isBlank()) {
            return origin.strip();
        }
        String referer = request.getHeaderString("Referer");
        if (referer == null || referer.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(referer.strip());
            return uri.getScheme() == null || uri.getHost() == null ? "null"
                    : uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        } catch (IllegalArgumentException e) {
            return "null";
        }
    }

    private boolean allowed(String origin) {
        String normal = normalise(origin);
        if (normal == null) {
            return false;
        }
        if (servletRequest != null && normal.equals(normalise(servletRequest.getScheme() + "://"
                + servletRequest.getServerName() + ":" + servletRequest.getServerPort()))) {
            return true;
        }
        return allowedOrigins().contains(normal);
    }

    static Set<String> allowedOrigins() {
        String configured = Settings.text(ALLOWED_ORIGINS).orElse("");
        return Arrays.stream(configured.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(OriginCheck::normalise).filter(s -> s != null).collect(Collectors.toSet());
    }

    /** scheme://host:port in lower case with the scheme's default port written out; null for "null" or garbage. */
    static String normalise(String origin) {
        try {
            URI uri = URI.create(origin.strip());
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            if (scheme == null || uri.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
                return null;
            }
            int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
