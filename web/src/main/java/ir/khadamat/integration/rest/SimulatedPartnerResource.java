package ir.khadamat.integration.rest;

import ir.khadamat.integration.ExchangeValues;
import ir.khadamat.integration.PartnerSimulator;
import ir.khadamat.integration.PartnerUnavailable;
import ir.khadamat.settings.Settings;
import ir.khadamat.web.Problem;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

import static ir.khadamat.json.SharedJson.JSON;


/**
 * The partner simulator over HTTP, as a real partner would be reached: {@code POST .../<partner>/<operation>}
 * (and {@code .../batch}) with a Bearer token. Off unless {@code khadamat.simulator.token} is set; then pointing
 * {@code khadamat.partner.<code>.url} here exercises the real HTTP client (timeouts, retries) end to end. A partner
 * taken down answers 503.
 */
@Path("/partner-simulator/{partner}/{operation}")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partner simulator", description = "Simulated partners over HTTP, for demonstrations and tests (off by default)")
public class SimulatedPartnerResource {

    @Inject
    private PartnerSimulator simulator;

    @POST
    @Operation(summary = "One request to a simulated partner")
    public Response call(@PathParam("partner") String partner, @PathParam("operation") String operation,
                         @HeaderParam("Authorization") String authorization, JsonValue body) {
        Response refused = refused(authorization);
        if (refused != null) {
            return refused;
        }
        if (!(body instanceof JsonObject request)) {
            return notAnObject("an object");
        }
        try {
            return Response.ok(ExchangeValues.json(simulator.call(partner, operation, ExchangeValues.values(request)))).build();
        } catch (PartnerUnavailable e) {
            return unavailable();
        }
    }

    @POST
    @Path("/batch")
    @Operation(summary = "A batch of requests to a simulated partner")
    public Response batch(@PathParam("partner") String partner, @PathParam("operation") String operation,
                          @HeaderParam("Authorization") String authorization, JsonValue body) {
        Response refused = refused(authorization);
        if (refused != null) {
            return refused;
        }
        if (!(body instanceof JsonArray requests) || requests.stream().anyMatch(r -> !(r instanceof JsonObject))) {
            return notAnObject("an array of objects");
        }
        JsonArrayBuilder answers = JSON.createArrayBuilder();
        try {
            for (var request : requests.getValuesAs(JsonObject.class)) {
                answers.add(ExchangeValues.json(simulator.call(partner, operation, ExchangeValues.values(request))));
            }
        } catch (PartnerUnavailable e) {
            return unavailable();
        }
        return Response.ok(answers.build()).build();
    }

    private static Response refused(String authorization) {
        String token = Settings.text("khadamat.simulator.token").orElse(null);
        if (token == null) {
            return Problem.of(Response.Status.NOT_FOUND, "No partner simulator is served here").toResponse();
        }
        if (!("Bearer " + token).equals(authorization)) {
            return Response.fromResponse(Problem.of(Response.Status.UNAUTHORIZED, "The simulator's Bearer token is required")
                    .toResponse()).header("WWW-Authenticate", "Bearer").build();
        }
        return null;
    }

    private static Response notAnObject(String expected) {
        return new Problem("about:blank", "Invalid content", 400, "The body must be " + expected, null,
                List.of(new Problem.FieldError("body", "must be " + expected))).toResponse();
    }

    /** The partner is down (or unknown to the simulator): 503, which the HTTP client retries. */
    private static Response unavailable() {
        return Problem.of(Response.Status.SERVICE_UNAVAILABLE, "The simulated partner does not answer").toResponse();
    }
}
