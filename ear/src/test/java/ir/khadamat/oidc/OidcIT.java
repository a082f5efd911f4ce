package ir.khadamat.oidc;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import ir.khadamat.testing.Cluster;
import ir.khadamat.testing.OpenIdProvider;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Signing in through OpenID Connect (docs/security.md), as an operator sets it up and as callers meet it: an OpenID
 * provider of the test's own ({@link OpenIdProvider}, in this JVM), a server of the build's WildFly with the
 * application and the demonstration's users (its own folder under {@code target/oidc}, port offset 700: HTTP 8780,
 * management 10690; H2 in a folder of its own, or the PostgreSQL database KHADAMAT_DB_* name), configured online with
 * {@code configure-oidc.cli} through its management port and reloaded. Then, from outside: bearer tokens of the
 * provider are taken for the people of app_user with their role and province from there (not from the token), a
 * signed-in name without an app_user row gets nothing, forged, expired and foreign tokens are refused, a browser is
 * sent to the provider and comes back signed in, and the API document declares the provider.
 */
class OidcIT {

    private static final int OFFSET = Integer.getInteger("oidc.port.offset", 700);
    private static final String CLIENT_ID = "khadamat";
    private static final String CLIENT_SECRET = "oidc-test-secret-" + Long.toHexString(System.nanoTime());
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static OpenIdProvider provider;
    private static Cluster servers;
    private static String base;

    @BeforeAll
    static void startProviderAndServer() {
        provider = new OpenIdProvider(CLIENT_ID, CLIENT_SECRET);
        Path ear = Path.of(System.getProperty("khadamat.ear"));
        servers = new Cluster(ear.getParent().resolve("oidc"));
        Cluster.Node node = servers.startServer("oidc", OFFSET, Map.of(
                "KHADAMAT_OIDC_PROVIDER_URL", provider.url(),
                "KHADAMAT_OIDC_CLIENT_ID", CLIENT_ID,
                "KHADAMAT_OIDC_CLIENT_SECRET", CLIENT_SECRET));
        // the operator's steps: the script, online against the management port, then a reload; the script may be run
        // again (each step checks what is there): the second run must succeed too
        Path script = ear.getParent().getParent().resolve("src/main/wildfly/configure-oidc.cli");
        servers.cli(node, script);
        servers.cli(node, script);
        servers.reload(node);
        base = node.address().replaceFirst("/$", "");
    }

    @AfterAll
    static void stop() {
        if (servers != null) {
            servers.close();
        }
        if (provider != null) {
            provider.close();
        }
    }

    @Test
    void aReviewersTokenOpensTheReviewersDesk() {
        HttpResponse<String> desk = get("/api/review/desk", provider.accessToken("reviewer"));
        assertEquals(200, desk.statusCode(), desk.body());
        assertTrue(desk.body().startsWith("["), desk.body());
    }

    @Test
    void roleAndProvinceComeFromAppUser() {
        HttpResponse<String> me = get("/api/users/me", provider.accessToken("tehran-staff"));
        assertEquals(200, me.statusCode(), me.body());
        JsonObject view = json(me.body());
        assertEquals("tehran-staff", view.getString("username"));
        assertEquals("province-staff", view.getString("role"));
        assertFalse(view.isNull("provinceCode"), me.body());
    }

    @Test
    void anotherRoleIsRefusedWhateverTheTokenSays() {
        // the provider's tokens claim reviewer and system-admin (realm_access, groups): they count for nothing
        String staff = provider.accessToken("tehran-staff");
        assertProblem(403, get("/api/review/desk", staff));
        assertProblem(403, get("/api/users/tehran-staff/sign-in", staff));
        HttpResponse<String> admin = get("/api/users/tehran-staff/sign-in", provider.accessToken("sysadmin"));
        assertEquals(200, admin.statusCode(), admin.body());
    }

    @Test
    void aNameWithoutAnAppUserRowGetsNoRole() {
        String stranger = provider.accessToken("stranger-" + Long.toHexString(System.nanoTime()));
        HttpResponse<String> desk = get("/api/review/desk", stranger);
        assertTrue(desk.statusCode() == 401 || desk.statusCode() == 403, desk.statusCode() + " " + desk.body());
        assertProblem(desk.statusCode(), desk);
        HttpResponse<String> me = get("/api/users/me", stranger);
        assertProblem(401, me);
        assertProblem(403, get("/api/users/tehran-staff/sign-in", stranger));
        // what the public may do, it may: the published catalogue
        assertEquals(200, get("/api/cards?size=1", stranger).statusCode());
    }

    @Test
    void noTokenIsAskedToSignIn() {
        assertProblem(401, get("/api/review/desk", null));
        assertProblem(401, get("/api/users/me", null));
        assertEquals(200, get("/api/cards?size=1", null).statusCode());
    }

    @Test
    void expiredForgedAndForeignTokensAreRefused() {
        for (String token : List.of(provider.expiredAccessToken("reviewer"), provider.accessTokenSignedByAnotherKey("reviewer"),
                provider.accessTokenForAnotherClient("reviewer"), "not-a-token")) {
            // the API: WildFly lets the call through unauthenticated, the application answers 401 with a Bearer challenge
            HttpResponse<String> api = get("/api/review/desk", token);
            assertProblem(401, api);
            assertEquals("Bearer realm=\"Khadamat\"", api.headers().firstValue("WWW-Authenticate").orElse(""));
            // a page that needs sign-in: WildFly's OIDC client itself refuses the token, with its own small HTML page
            HttpResponse<String> page = get("/workspace/index.xhtml", token);
            assertEquals(401, page.statusCode(), page.body());
            assertEquals("Bearer error=\"invalid_token\", error_description=\"ELY23051: Invalid bearer token\"",
                    page.headers().firstValue("WWW-Authenticate").orElse(""));
        }
    }

    /** WildFly's OIDC client takes the place of the web module's mechanisms: the passwords of app_user are not asked. */
    @Test
    void httpBasicIsNoLongerTaken() {
        HttpResponse<String> r = send(CLIENT, HttpRequest.newBuilder(URI.create(base + "/api/review/desk"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        ("reviewer:" + ir.khadamat.testing.Http.DEMO_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .header("Accept", "application/json").GET().build());
        assertProblem(401, r);
        assertEquals("Bearer realm=\"Khadamat\"", r.headers().firstValue("WWW-Authenticate").orElse(""));
    }

    @Test
    void aBrowserIsSentToTheProviderAndComesBackSignedIn() {
        HttpResponse<String> workspace = signInThroughTheProvider("tehran-staff");
        assertEquals("authorization_code", provider.lastTokenRequest().get("grant_type"));
        assertEquals("true", provider.lastTokenRequest().get("client_authenticated"));
        assertEquals(200, workspace.statusCode(), workspace.body());
        // the header names the user as app_user does (full name, role, province), not as the token (reviewer, system-admin)
        String fullName = json(get("/api/users/me", provider.accessToken("tehran-staff")).body()).getString("fullName");
        assertTrue(workspace.body().contains(fullName), "the workspace names " + fullName);
    }

    @Test
    void aNameWithoutAnAppUserRowSignedInByTheProviderIsRefusedTheWorkspace() {
        HttpResponse<String> workspace = signInThroughTheProvider("stranger-" + Long.toHexString(System.nanoTime()));
        assertEquals("authorization_code", provider.lastTokenRequest().get("grant_type"));
        assertEquals(403, workspace.statusCode(), workspace.body());
    }

    /**
     * A browser that asks for the workspace: sent to the provider's authorization endpoint, signed in there as the
     * user, sent back with a code that the server redeems; then it follows the server's redirects to the page.
     */
    private static HttpResponse<String> signInThroughTheProvider(String user) {
        HttpClient browser = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> page = page(browser, base + "/workspace/index.xhtml");
        assertEquals(302, page.statusCode(), page.body());
        String location = page.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(provider.authorizationEndpoint() + "?"), location);
        assertTrue(location.contains("client_id=" + CLIENT_ID) && location.contains("response_type=code"), location);

        provider.signInNext(user);
        HttpResponse<String> back = page(browser, location);
        assertEquals(302, back.statusCode(), back.body());
        String callback = back.headers().firstValue("Location").orElseThrow();
        assertTrue(callback.startsWith(base + "/"), callback);
        HttpResponse<String> reached = page(browser, callback);
        for (int hops = 0; reached.statusCode() == 302 && hops < 3; hops++) {
            String next = reached.headers().firstValue("Location").orElseThrow();
            reached = page(browser, next.startsWith("/") ? base + next : next);
        }
        return reached;
    }

    @Test
    void theApiDocumentDeclaresTheProvider() {
        String document = get("/openapi?format=JSON", null).body();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(document, null, options);
        assertEquals(List.of(), result.getMessages(), "what swagger-parser says about the document");
        OpenAPI api = result.getOpenAPI();
        SecurityScheme oidc = api.getComponents().getSecuritySchemes().get("oidc");
        assertNotNull(oidc, api.getComponents().getSecuritySchemes().keySet().toString());
        assertEquals(SecurityScheme.Type.OPENIDCONNECT, oidc.getType());
        assertEquals(provider.discoveryUrl(), oidc.getOpenIdConnectUrl());
        // HTTP Basic is no longer taken (httpBasicIsNoLongerTaken): the document offers oidc in its place
        assertFalse(api.getComponents().getSecuritySchemes().containsKey("basic"));
        int signIn = 0;
        List<String> wrong = new ArrayList<>();
        for (var path : api.getPaths().entrySet()) {
            for (var e : path.getValue().readOperationsMap().entrySet()) {
                List<java.util.Set<String>> requirements = e.getValue().getSecurity().stream()
                        .map(SecurityRequirement::keySet).toList();
                String name = e.getKey() + " " + path.getKey();
                if (requirements.stream().anyMatch(k -> k.contains("basic") || k.contains("oidc") && k.size() > 1)) {
                    wrong.add(name + " " + requirements);
                }
                boolean publicOrPartner = path.getKey().startsWith("/api/public") || path.getKey().startsWith("/api/demo/")
                        || path.getKey().startsWith("/api/partner-simulator/");
                if (!publicOrPartner) {
                    signIn++;
                    if (!requirements.contains(java.util.Set.of("oidc"))) {
                        wrong.add(name + " without oidc: " + requirements);
                    }
                }
            }
        }
        assertTrue(signIn > 40, signIn + " operations for signed-in callers");
        assertEquals(List.of(), wrong, "operations whose security does not offer oidc alone");
    }

    private static HttpResponse<String> get(String path, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return send(CLIENT, request.GET().build());
    }

    private static HttpResponse<String> page(HttpClient browser, String url) {
        return send(browser, HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").GET().build());
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void assertProblem(int status, HttpResponse<String> r) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                r.headers().firstValue("Content-Type").orElse("(none)") + " " + r.body());
        assertEquals(status, json(r.body()).getInt("status"));
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
