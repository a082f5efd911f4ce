package ir.khadamat.integration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import static ir.khadamat.json.SharedJson.JSON;

/**
 * A partner reached over HTTP with the JAX-RS client: {@code POST <url>/<operation>} with the request as a JSON
 * object, answered by a JSON object; a batch is {@code POST <url>/<operation>/batch} with a JSON array, answered by
 * an array in the same order. Each call has the endpoint's connect and read timeouts; a connection failure, a
 * timeout, 429 or a 5xx is tried again after a growing wait (with a little jitter), up to the endpoint's attempts.
 * Another 4xx is the partner refusing the request: it is not repeated.
 */
@ApplicationScoped
public class HttpPartnerAdapter implements PartnerAdapter {

    private static final Logger LOG = Logger.getLogger(HttpPartnerAdapter.class.getName());

    public boolean serves(String partner) {
        return PartnerEndpoint.of(partner).isPresent();
    }

    @Override
    public Map<String, String> call(String partner, String operation, Map<String, String> request) throws PartnerUnavailable {
        JsonValue answer = post(endpoint(partner), operation, ExchangeValues.json(request));
        if (!(answer instanceof JsonObject o)) {
            throw new PartnerUnavailable(partner, "answered with something other than a JSON object");
        }
        return ExchangeValues.values(o);
    }

    @Override
    public List<Map<String, String>> callBatch(String partner, String operation, List<Map<String, String>> requests)
            throws PartnerUnavailable {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        requests.forEach(r -> array.add(ExchangeValues.json(r)));
        JsonValue answer = post(endpoint(partner), operation + "/batch", array.build());
        if (!(answer instanceof JsonArray a) || a.size() != requests.size()) {
            throw new PartnerUnavailable(partner, "answered the batch of " + requests.size() + " with something else");
        }
        List<Map<String, String>> answers = new ArrayList<>();
        for (JsonValue v : a) {
            answers.add(v instanceof JsonObject o ? ExchangeValues.values(o) : Map.of());
        }
        return answers;
    }

    private PartnerEndpoint endpoint(String partner) throws PartnerUnavailable {
        return PartnerEndpoint.of(partner).orElseThrow(() -> new PartnerUnavailable(partner, "no URL configured"));
    }

    private JsonValue post(PartnerEndpoint endpoint, String path, JsonValue body) throws PartnerUnavailable {
        String last = "not tried";
        for (int attempt = 1; attempt <= endpoint.attempts(); attempt++) {
            if (attempt > 1) {
                pause(endpoint, attempt);
            }
            Client client = ClientBuilder.newBuilder()
                    .connectTimeout(endpoint.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    .readTimeout(endpoint.readTimeout().toMillis(), TimeUnit.MILLISECONDS).build();
            try {
                Invocation.Builder call = client.target(endpoint.url().resolve(path)).request(MediaType.APPLICATION_JSON);
                authorize(endpoint, call);
                try (Response response = call.post(Entity.entity(body.toString(), MediaType.APPLICATION_JSON))) {
                    int status = response.getStatus();
                    if (status / 100 == 2) {
                        return JSON.createReader(new StringReader(response.readEntity(String.class))).readValue();
                    }
                    last = "HTTP " + status;
                    if (status != 429 && status / 100 == 4) {
                        throw new PartnerUnavailable(endpoint.partner(), "refused the request (" + last + ")");
                    }
                }
            } catch (ProcessingException e) {
                last = e.getCause() == null ? e.getMessage() : e.getCause().toString();
            } catch (JsonException e) {
                last = "answered with broken JSON";
            } finally {
                client.close();
            }
            LOG.fine(() -> endpoint.partner() + " " + path + ": attempt failed");
        }
        throw new PartnerUnavailable(endpoint.partner(), last + " after " + endpoint.attempts() + " attempts");
    }

    private static void authorize(PartnerEndpoint endpoint, Invocation.Builder call) {
        if (endpoint.token() != null) {
            call.header("Authorization", "Bearer " + endpoint.token());
        } else if (endpoint.user() != null) {
            String pair = endpoint.user() + ":" + (endpoint.password() == null ? "" : endpoint.password());
            call.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static void pause(PartnerEndpoint endpoint, int attempt) throws PartnerUnavailable {
        long millis = endpoint.delayBefore(attempt).toMillis();
        try {
            Thread.sleep(millis + ThreadLocalRandom.current().nextLong(millis / 5 + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PartnerUnavailable(endpoint.partner(), "interrupted");
        }
    }
}
