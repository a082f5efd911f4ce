package ir.khadamat.integration;

import ir.khadamat.settings.Settings;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Where and how a real partner is reached over HTTP, from the server's system properties (or the same names as
 * environment variables, upper-cased with {@code _}): {@code khadamat.partner.<code>.url} (a partner without it
 * is served by the simulator), {@code .user} and {@code .password} (HTTP Basic) or {@code .token} (Bearer),
 * {@code .connectTimeoutMs} (2000), {@code .readTimeoutMs} (10000), {@code .attempts} (3) and {@code .backoffMs}
 * (500, doubled after each failed attempt). Read on every call, so an administrator's change applies at once.
 */
public record PartnerEndpoint(String partner, URI url, String user, String password, String token,
                              Duration connectTimeout, Duration readTimeout, int attempts, Duration backoff) {

    public static Optional<PartnerEndpoint> of(String partner) {
        String url = setting(partner, "url");
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new PartnerEndpoint(partner, URI.create(url.endsWith("/") ? url : url + "/"),
                setting(partner, "user"), setting(partner, "password"), setting(partner, "token"),
                Duration.ofMillis(number(partner, "connectTimeoutMs", 2000)),
                Duration.ofMillis(number(partner, "readTimeoutMs", 10_000)),
                (int) Math.max(1, number(partner, "attempts", 3)),
                Duration.ofMillis(number(partner, "backoffMs", 500))));
    }

    /** The wait before attempt {@code n} (2, 3, ...): the backoff doubled for each attempt already failed. */
    public Duration delayBefore(int attempt) {
        return backoff.multipliedBy(1L << Math.min(10, attempt - 2));
    }

    private static long number(String partner, String name, long fallback) {
        String value = setting(partner, name);
        try {
            return value == null ? fallback : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    static String setting(String partner, String name) {
        return Settings.text("khadamat.partner." + partner + "." + name).orElse(null);
    }
}
