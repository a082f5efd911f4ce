package ir.khadamat.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for the tests that call the application from outside, as its clients do. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** The password of the demonstration users (UserBootstrap.DEMO_PASSWORD; README.md). */
    public static final String DEMO_PASSWORD = "khadamat-demo";

    private final String base;
    private final String authorization;
    private final HttpClient client;
    /** The Origin a browser sends with the calls of a page of this site (only the cookie-session client sends it). */
    private final String origin;

    public Http(URL base) {
        this(base.toString(), null);
    }

    private Http(String base, String authorization) {
        this(base, authorization, CLIENT);
    }

    private Http(String base, String authorization, HttpClient client) {
        this(base, authorization, client, null);
    }

    private Http(String base, String authorization, HttpClient client, String origin) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.authorization = authorization;
        this.client = client;
        this.origin = origin;
    }

    /** scheme://host:port of a URL, as a browser writes it in the Origin header. */
    public static String originOf(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    /**
     * The same client signed in once through the login form, then calling with its session cookie, as a browser or
     * a long-running client does (HTTP Basic checks the bcrypt hash on every call, by design slow). Like a browser on a
     * page of this site, it sends this site's {@code Origin} with every call.
     */
    public Http signedIn(String user) {
        Http signed = browsing();
        signed.send(HttpRequest.newBuilder(URI.create(base + "/workspace/index.xhtml")).GET());
        Reply login = signed.send(HttpRequest.newBuilder(URI.create(base + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=" + encode(user) + "&j_password=" + encode(DEMO_PASSWORD))));
        if (login.status() != 302 && login.status() != 200) {
            throw new IllegalStateException("could not sign in as " + user + ": " + login.status());
        }
        return signed;
    }

    /**
     * A client of its own, keeping its cookies (the session a visitor's browser keeps), not signed in; like a
     * browser on a page of this site it sends this site's Origin (REST refuses cookie-session changes without it).
     */
    public Http browsing() {
        HttpClient session = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        return new Http(base, null, session, originOf(base));
    }

    /** The same client calling as a demonstration user, with HTTP Basic credentials. */
    public Http as(String user) {
        return new Http(base, "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)), CLIENT, origin);
    }

    /** The same client sending this Origin with every call instead (null: none, as a non-browser client). */
    public Http withOrigin(String origin) {
        return new Http(base, authorization, client, origin);
    }

    public String base() {
        return base;
    }

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json").GET());
    }

    /** A page, as a browser asks for it. */
    public Reply page(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET());
    }

    public Reply post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json, StandardCharsets.UTF_8)));
    }

    public Reply put(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Reply send(HttpRequest.Builder request) {
        if (authorization != null) {
            request.setHeader("Authorization", authorization);
        }
        if (origin != null && request.build().headers().firstValue("Origin").isEmpty()) {
            request.header("Origin", origin);
        }
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public record Reply(int status, String contentType, String body) {

        public JsonArray array() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readArray();
            }
        }

        public JsonObject json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                JsonStructure structure = reader.read();
                return structure.asJsonObject();
            }
        }
    }
}
