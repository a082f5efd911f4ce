package ir.khadamat.web;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * An error body in the form of RFC 9457 (application/problem+json). {@code parameter} names the query or
 * path parameter at fault; {@code errors} lists the fields of a body that break a rule. Members without a value are
 * left out. Every problem the API answers — from a resource, a mapper or the filter in front of JAX-RS — is written
 * by {@link #toJson()}.
 */
public record Problem(String type, String title, int status, String detail, String parameter,
                      List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** The challenge of the platform's realm: sign in with HTTP Basic. */
    public static final String BASIC_CHALLENGE = "Basic realm=\"Khadamat\"";
    /** The challenge where the server signs in through OpenID Connect: an access token of the provider. */
    public static final String BEARER_CHALLENGE = "Bearer realm=\"Khadamat\"";

    /** The challenge of this server: HTTP Basic, or a bearer token where it signs in through OpenID Connect. */
    public static String challenge() {
        return OpenIdConnect.configured() ? BEARER_CHALLENGE : BASIC_CHALLENGE;
    }

    /** JSON-B with its defaults (members without a value left out), made once: a problem costs no provider lookup. */
    private static final Jsonb JSON = JsonbBuilder.create();

    public record FieldError(String field, String message) {
    }

    public static Problem of(Response.Status status, String detail) {
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, null, null);
    }

    public static Problem badParameter(String parameter, String detail) {
        return new Problem("about:blank", "Invalid parameter", 400, parameter + ": " + detail, parameter, null);
    }

    /** 400: the fields of a body that break a rule. */
    public static Problem invalidContent(List<FieldError> errors) {
        return new Problem("about:blank", "Invalid content", 400, errors.size() + " field(s) break a rule", null, errors);
    }

    /** 400: one field of a body breaks a rule, and the message says which. */
    public static Problem invalidField(String field, String message) {
        return new Problem("about:blank", "Invalid content", 400, message, null, List.of(new FieldError(field, message)));
    }

    /** 409: the state changed or is not the one the call needs; the field says what to look at. */
    public static Problem conflict(String detail, String field, String message) {
        return new Problem("about:blank", "Conflict", 409, detail, null, List.of(new FieldError(field, message)));
    }

    /** 401: sign in first, answered with the challenge ({@code WWW-Authenticate}) given. */
    public static Response signInFirst(String challenge) {
        return of(Response.Status.UNAUTHORIZED, BEARER_CHALLENGE.equals(challenge) ? "Sign in (a bearer token of the"
                + " OpenID provider) to do this" : "Sign in (HTTP Basic) to do this").toResponse("WWW-Authenticate", challenge);
    }

    /** 403: signed in, but the caller's role does not allow the call. */
    public static Response roleRefused() {
        return of(Response.Status.FORBIDDEN, "Your role does not allow this").toResponse();
    }

    public Response toResponse() {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(toJson()).build();
    }

    /** The answer with one header more; without it when the value is {@code null}. */
    public Response toResponse(String header, String value) {
        return value == null ? toResponse() : Response.fromResponse(toResponse()).header(header, value).build();
    }

    /** The problem as its JSON text. */
    public String toJson() {
        return JSON.toJson(this);
    }
}
