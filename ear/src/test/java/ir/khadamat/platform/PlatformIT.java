package ir.khadamat.platform;

import ir.khadamat.testing.Deployments;
import java.net.http.HttpTimeoutException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.management.MBeanAttributeInfo;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.naming.InitialContext;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The platform's hardening, inside the server where its figures are (docs/security-platform.md): security headers on
 * every kind of response, the cookie flags, public pages that create no session, management metrics behind
 * credentials and readiness that turns DOWN while the datasource pool is exhausted, and UP again after.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    private static final int OFFSET = Integer.getInteger("jboss.socket.binding.port-offset", 0);
    private static final String HTTP = "http://127.0.0.1:" + (8080 + OFFSET);
    private static final String HTTPS = "https://localhost:" + (8443 + OFFSET);
    private static final String MANAGEMENT = "http://127.0.0.1:" + (9990 + OFFSET);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(PlatformIT.class);
    }

    /**
     * No cookie store, no redirects: each call is a new visitor. HTTP/1.1 as browsers speak it over plain HTTP (they
     * never upgrade to h2c, the JDK client's default, which stalled now and then on Undertow).
     */
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient trustingClient() throws Exception {
        // the server's own self-signed certificate (applicationSSC): the test checks headers, not the certificate
        TrustManager[] all = {new X509TrustManager() {
            public void checkClientTrusted(X509Certificate[] chain, String type) {
            }

            public void checkServerTrusted(X509Certificate[] chain, String type) {
            }

            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }};
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, all, new SecureRandom());
        return HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private static List<String> csp(HttpResponse<?> r) {
        return r.headers().allValues("Content-Security-Policy");
    }

    private static void assertCommonHeaders(String what, HttpResponse<?> r) {
        assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(null), what);
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), what);
        assertEquals("strict-origin-when-cross-origin", r.headers().firstValue("Referrer-Policy").orElse(null), what);
        assertFalse(csp(r).isEmpty(), what + ": no Content-Security-Policy");
        assertTrue(csp(r).stream().allMatch(p -> p.contains("frame-ancestors 'none'")), what + ": " + csp(r));
        assertTrue(csp(r).stream().allMatch(p -> p.contains("object-src 'none'")), what + ": " + csp(r));
    }

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<String> page = get(CLIENT, HTTP + "/track.xhtml");
        assertEquals(200, page.statusCode());
        assertCommonHeaders("page", page);
        // the page's scripts run by PrimeFaces' per-response nonce, and no inline script runs without it
        assertTrue(csp(page).stream().anyMatch(p -> p.matches(".*script-src 'self' 'nonce-[^']+'.*")), csp(page).toString());
        assertTrue(csp(page).stream().noneMatch(p -> p.contains("unsafe-inline") && p.contains("script-src 'self' 'unsafe")));

        HttpResponse<String> rest = get(CLIENT, HTTP + "/api/cards");
        assertEquals(200, rest.statusCode());
        assertCommonHeaders("REST", rest);
        assertTrue(csp(rest).stream().anyMatch(p -> p.contains("default-src 'self'") && p.contains("script-src 'self'")),
                csp(rest).toString());

        HttpResponse<String> file = get(CLIENT, HTTP + "/resources/css/khadamat.css");
        assertEquals(200, file.statusCode());
        assertCommonHeaders("static", file);

        HttpResponse<String> missing = get(CLIENT, HTTP + "/no-such-page.xhtml");
        assertEquals(404, missing.statusCode());
        assertCommonHeaders("error page", missing);

        HttpResponse<String> missingFile = get(CLIENT, HTTP + "/no/such/file.txt");
        assertEquals(404, missingFile.statusCode());
        assertCommonHeaders("404 of a file", missingFile);

        // HSTS only over HTTPS
        assertTrue(page.headers().firstValue("Strict-Transport-Security").isEmpty());
        HttpResponse<String> secure = get(trustingClient(), HTTPS + "/track.xhtml");
        assertEquals(200, secure.statusCode());
        assertCommonHeaders("HTTPS page", secure);
        assertTrue(secure.headers().firstValue("Strict-Transport-Security").orElse("").startsWith("max-age=31536000"));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndSecureOverHttps() throws Exception {
        // the sign-in page of the workspace keeps the visitor's target in a session: its cookie is set
        String cookie = sessionCookie(get(CLIENT, HTTP + "/workspace/index.xhtml"));
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        assertFalse(cookie.toLowerCase(Locale.ROOT).contains("secure"), cookie);

        String secure = sessionCookie(get(trustingClient(), HTTPS + "/workspace/index.xhtml"));
        assertTrue(secure.contains("HttpOnly"), secure);
        assertTrue(secure.contains("SameSite=Lax"), secure);
        assertTrue(secure.toLowerCase(Locale.ROOT).contains("secure"), secure);

        String language = get(CLIENT, HTTP + "/track.xhtml?lang=en").headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("khadamat-lang=")).findFirst().orElseThrow();
        assertTrue(language.contains("HttpOnly") && language.contains("SameSite=Lax"), language);
    }

    private static String sessionCookie(HttpResponse<?> r) {
        return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + r.headers().map()));
    }

    @Test
    void aThousandCookielessHitsOnPublicPagesCreateNoSession() throws Exception {
        String[] pages = {"/", "/index.xhtml", "/track.xhtml", "/track.xhtml?code=1234567890123456", "/verify.xhtml",
                "/services.xhtml", "/login.xhtml", "/index.xhtml?q=%D9%85%D9%84%D8%A7%D9%82%D8%A7%D8%AA",
                "/track.xhtml?lang=en", "/no-such-page.xhtml"};
        long before = activeSessions();
        AtomicInteger cookies = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                String page = pages[i % pages.length];
                done.add(clients.submit(() -> {
                    HttpResponse<String> r;
                    try {
                        r = get(CLIENT, HTTP + page);
                    } catch (HttpTimeoutException e) {
                        throw new AssertionError(page + " did not answer within 30 s", e);
                    }
                    assertTrue(r.statusCode() == 200 || r.statusCode() == 404, page + ": " + r.statusCode());
                    if (r.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID="))) {
                        cookies.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            clients.shutdownNow();
        }
        long after = activeSessions();
        System.out.println("PLATFORM 1000 cookieless public page hits: sessions " + before + " -> " + after
                + ", session cookies set: " + cookies.get());
        assertEquals(0, cookies.get(), "public pages set a session cookie");
        assertTrue(after - before <= 2, "sessions " + before + " -> " + after);
        // and the count does count: the sign-in page of the workspace keeps a session
        sessionCookie(get(CLIENT, HTTP + "/workspace/index.xhtml"));
        assertTrue(activeSessions() >= after + 1, "a new session was not counted");
    }

    /** The web module's live sessions, as the management model counts them (undertow active-sessions). */
    private static long activeSessions() throws Exception {
        return attribute("jboss.as:deployment=khadamat.ear,subdeployment=khadamat-web.war,subsystem=undertow", "active-sessions");
    }

    @Test
    void metricsNeedCredentialsAndHealthSaysLittle() throws Exception {
        HttpResponse<String> metrics = get(CLIENT, MANAGEMENT + "/metrics");
        assertEquals(401, metrics.statusCode(), metrics.body());
        assertFalse(metrics.body().contains("wildfly_"), metrics.body());

        HttpResponse<String> ready = get(CLIENT, MANAGEMENT + "/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"khadamat-capacity\""), ready.body());
    }

    @Test
    void readinessIsDownWhileTheDatasourcePoolIsExhaustedAndUpAfter() throws Exception {
        DataSource ds = (DataSource) new InitialContext().lookup("java:jboss/datasources/KhadamatDS");
        long max = attribute("jboss.as:subsystem=datasources,data-source=KhadamatDS", "max-pool-size");
        List<Connection> held = new ArrayList<>();
        try {
            try {
                while (held.size() < max) {
                    held.add(ds.getConnection());
                }
            } catch (SQLException exhausted) {
                // others held the rest of the pool meanwhile: it is exhausted all the same
            }
            HttpResponse<String> down = get(CLIENT, MANAGEMENT + "/health/ready");
            System.out.println("PLATFORM pool of " + max + " held (" + held.size() + " by the test): " + down.body());
            assertEquals(503, down.statusCode(), down.body());
            assertTrue(down.body().matches("(?s).*\"name\":\"khadamat-capacity\",\"status\":\"DOWN\".*"), down.body());
            assertTrue(down.body().contains("datasource"), down.body());
        } finally {
            for (Connection c : held) {
                c.close();
            }
        }
        HttpResponse<String> up = get(CLIENT, MANAGEMENT + "/health/ready");
        assertEquals(200, up.statusCode(), up.body());
        assertTrue(up.body().matches("(?s).*\"name\":\"khadamat-capacity\",\"status\":\"UP\".*"), up.body());
    }

    /** A numeric attribute of one of the server's MBeans, named as the management model spells it. */
    private static long attribute(String bean, String attribute) throws Exception {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        ObjectName name = new ObjectName(bean);
        String wanted = attribute.replace("-", "").toLowerCase(Locale.ROOT);
        for (MBeanAttributeInfo info : server.getMBeanInfo(name).getAttributes()) {
            if (info.getName().replace("-", "").toLowerCase(Locale.ROOT).equals(wanted)) {
                return Long.parseLong(String.valueOf(server.getAttribute(name, info.getName())).trim());
            }
        }
        throw new AssertionError(bean + " has no " + attribute);
    }
}
