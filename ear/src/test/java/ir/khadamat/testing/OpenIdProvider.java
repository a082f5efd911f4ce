package ir.khadamat.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An OpenID provider of the tests' own, in the test JVM: the JDK's HTTP server on a free loopback port and an RSA key
 * pair of the JDK. It serves what a relying party reads of a provider — the discovery document
 * ({@code /.well-known/openid-configuration}), the signing key (JWKS), the authorization endpoint (it signs in at once
 * whoever {@link #signInNext} names, as a provider does after its own login page) and the token endpoint (the
 * authorization code for an ID and access token) — and it issues access tokens for API callers: JWTs signed RS256 by
 * hand (java.security.Signature, base64url).
 */
public final class OpenIdProvider implements AutoCloseable {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final HttpServer server;
    private final KeyPair key = rsa();
    private final String keyId = "k-" + Long.toHexString(System.nanoTime());
    private final String clientId;
    private final String clientSecret;
    private final AtomicReference<String> nextUser = new AtomicReference<>();
    /** Authorization codes given, and the user and nonce each stands for. */
    private final Map<String, String[]> codes = new ConcurrentHashMap<>();
    /** What the token endpoint was asked, for the test to see (grant type, client authentication). */
    private final Map<String, String> lastTokenRequest = new ConcurrentHashMap<>();

    public OpenIdProvider(String clientId, String clientSecret) {
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/.well-known/openid-configuration", x -> json(x, 200, discovery()));
        server.createContext("/jwks", x -> json(x, 200, jwks()));
        server.createContext("/auth", this::authorize);
        server.createContext("/token", this::token);
        server.start();
    }

    /** The provider URL a relying party is configured with (its discovery document is under it). */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String discoveryUrl() {
        return url() + "/.well-known/openid-configuration";
    }

    public String authorizationEndpoint() {
        return url() + "/auth";
    }

    /** Whom the next visit to the authorization endpoint signs in. */
    public void signInNext(String user) {
        nextUser.set(user);
    }

    public Map<String, String> lastTokenRequest() {
        return Map.copyOf(lastTokenRequest);
    }

    /** An access token for the user, issued to this provider's client, valid for ten minutes. */
    public String accessToken(String user) {
        return token(user, Instant.now(), Duration.ofMinutes(10), clientId, null, key);
    }

    /** An access token that expired a while ago (issued an hour ago, valid five minutes). */
    public String expiredAccessToken(String user) {
        return token(user, Instant.now().minus(Duration.ofHours(1)), Duration.ofMinutes(5), clientId, null, key);
    }

    /** An access token issued to another client (its audience is another application). */
    public String accessTokenForAnotherClient(String user) {
        return token(user, Instant.now(), Duration.ofMinutes(10), "another-application", null, key);
    }

    /** A token that looks like this provider's, with its key id, but signed by another key. */
    public String accessTokenSignedByAnotherKey(String user) {
        return token(user, Instant.now(), Duration.ofMinutes(10), clientId, null, rsa());
    }

    private String token(String user, Instant issued, Duration valid, String audience, String nonce, KeyPair signer) {
        JsonObjectBuilder claims = Json.createObjectBuilder()
                .add("iss", url())
                .add("sub", "subject-" + user)
                .add("aud", audience)
                .add("azp", audience)
                .add("typ", "Bearer")
                .add("iat", issued.getEpochSecond())
                .add("exp", issued.plus(valid).getEpochSecond())
                .add("preferred_username", user)
                // roles a provider may write into its tokens: the application must ignore them (roles come from app_user)
                .add("realm_access", Json.createObjectBuilder().add("roles",
                        Json.createArrayBuilder().add("reviewer").add("system-admin")))
                .add("groups", Json.createArrayBuilder().add("reviewer").add("system-admin"));
        if (nonce != null) {
            claims.add("nonce", nonce);
        }
        String header = Json.createObjectBuilder().add("alg", "RS256").add("typ", "JWT").add("kid", keyId).build().toString();
        String input = b64(header) + "." + b64(claims.build().toString());
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(signer.getPrivate());
            rs256.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + B64.encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonObject discovery() {
        return Json.createObjectBuilder()
                .add("issuer", url())
                .add("authorization_endpoint", url() + "/auth")
                .add("token_endpoint", url() + "/token")
                .add("jwks_uri", url() + "/jwks")
                .add("response_types_supported", Json.createArrayBuilder().add("code"))
                .add("subject_types_supported", Json.createArrayBuilder().add("public"))
                .add("id_token_signing_alg_values_supported", Json.createArrayBuilder().add("RS256"))
                .add("token_endpoint_auth_methods_supported", Json.createArrayBuilder().add("client_secret_basic")
                        .add("client_secret_post"))
                .build();
    }

    private JsonObject jwks() {
        RSAPublicKey pub = (RSAPublicKey) key.getPublic();
        return Json.createObjectBuilder().add("keys", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("kty", "RSA").add("use", "sig").add("alg", "RS256").add("kid", keyId)
                .add("n", B64.encodeToString(unsigned(pub.getModulus())))
                .add("e", B64.encodeToString(unsigned(pub.getPublicExponent()))))).build();
    }

    /** The authorization endpoint: signs in the user named by {@link #signInNext} and sends the browser back. */
    private void authorize(HttpExchange x) throws IOException {
        Map<String, String> q = form(x.getRequestURI().getRawQuery());
        String user = nextUser.get();
        String redirect = q.get("redirect_uri");
        if (user == null || redirect == null || !clientId.equals(q.get("client_id"))) {
            json(x, 400, Json.createObjectBuilder().add("error", "invalid_request").build());
            return;
        }
        String code = "c-" + Long.toHexString(System.nanoTime());
        codes.put(code, new String[] {user, q.get("nonce")});
        String location = redirect + (redirect.contains("?") ? "&" : "?") + "code=" + code
                + (q.containsKey("state") ? "&state=" + URLEncoder.encode(q.get("state"), StandardCharsets.UTF_8) : "");
        x.getResponseHeaders().add("Location", location);
        x.sendResponseHeaders(302, -1);
        x.close();
    }

    /** The token endpoint: an authorization code (once) for an ID token and an access token, for this client only. */
    private void token(HttpExchange x) throws IOException {
        Map<String, String> body = form(new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String basic = x.getRequestHeaders().getFirst("Authorization");
        boolean client = basic != null && basic.equals("Basic " + Base64.getEncoder().encodeToString(
                (clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8)))
                || clientId.equals(body.get("client_id")) && clientSecret.equals(body.get("client_secret"));
        lastTokenRequest.clear();
        lastTokenRequest.put("grant_type", String.valueOf(body.get("grant_type")));
        lastTokenRequest.put("client_authenticated", String.valueOf(client));
        String[] granted = body.get("code") == null ? null : codes.remove(body.get("code"));
        if (!client || granted == null || !"authorization_code".equals(body.get("grant_type"))) {
            json(x, 400, Json.createObjectBuilder().add("error", client ? "invalid_grant" : "invalid_client").build());
            return;
        }
        Instant now = Instant.now();
        json(x, 200, Json.createObjectBuilder()
                .add("access_token", token(granted[0], now, Duration.ofMinutes(10), clientId, null, key))
                .add("id_token", token(granted[0], now, Duration.ofMinutes(10), clientId, granted[1], key))
                .add("token_type", "Bearer").add("expires_in", 600).build());
    }

    private static Map<String, String> form(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            String[] kv = pair.split("=", 2);
            values.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return values;
    }

    private static void json(HttpExchange x, int status, JsonObject body) throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "application/json");
        x.sendResponseHeaders(status, bytes.length);
        try (var out = x.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String b64(String text) {
        return B64.encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A big integer's bytes without the sign byte, as JWK writes them. */
    private static byte[] unsigned(BigInteger n) {
        byte[] bytes = n.toByteArray();
        return bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
