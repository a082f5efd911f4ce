package ir.khadamat.web;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The caller's mistakes met at the web layer, as problem+JSON and logged quietly (one FINE line): a body or
 * parameter refused ({@link InputRefused}), JSON that JSON-B or JSON-P could not take wherever it was read, a
 * method, content type or answer type the resource does not have (405 with {@code Allow}, 415, 406).
 */
public final class InputProblems {

    static final Logger LOG = Logger.getLogger(InputProblems.class.getName());

    private InputProblems() {
    }

    static Response quietly(Response response, Throwable e) {
        if (LOG.isLoggable(Level.FINE)) {
            LOG.fine("Refused (" + response.getStatus() + "): " + e.getMessage());
        }
        return response;
    }

    /** The problem for a failure whose cause is the caller's JSON or charset; {@code null} when it is not one. */
    static Response forCause(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof InputRefused refused) {
                return refused.problem().toResponse();
            }
            if (c instanceof JsonbException || c instanceof JsonException) {
                return InputRefused.body(Response.Status.BAD_REQUEST, "body", "not JSON of the expected form")
                        .problem().toResponse();
            }
            if (c instanceof CharacterCodingException || c instanceof UnsupportedCharsetException
                    || c instanceof IllegalCharsetNameException) {
                return InputRefused.body(Response.Status.BAD_REQUEST, "body", "not in a supported charset (send UTF-8)")
                        .problem().toResponse();
            }
        }
        return null;
    }

    /** The refusal of the web layer inside a wrapper (RESTEasy's reader exceptions); {@code null} when none is. */
    static Response refusedCause(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof InputRefused refused) {
                return refused.problem().toResponse();
            }
            if (c instanceof CharacterCodingException) {
                return InputRefused.body(Response.Status.BAD_REQUEST, "body", "not in a supported charset (send UTF-8)")
                        .problem().toResponse();
            }
            if (tooLarge(c)) {
                return InputRefused.body(Response.Status.REQUEST_ENTITY_TOO_LARGE, "body",
                        "larger than the server takes (Undertow's max-post-size)").problem().toResponse();
            }
        }
        return null;
    }

    /** Undertow's refusal of a body over the listener's {@code max-post-size}. */
    static boolean tooLarge(Throwable e) {
        return e.getClass().getSimpleName().equals("RequestTooBigException")
                || (e.getMessage() != null && e.getMessage().startsWith("UT000020"));
    }

    @Provider
    public static class Refused implements ExceptionMapper<InputRefused> {
        @Override
        public Response toResponse(InputRefused e) {
            return quietly(e.problem().toResponse(), e);
        }
    }

    /** JSON-B refused the caller's JSON (a resource or a reader that binds by itself). */
    @Provider
    public static class Binding implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return quietly(forCause(e), e);
        }
    }

    /** JSON-P refused the caller's JSON. */
    @Provider
    public static class Parsing implements ExceptionMapper<JsonException> {
        @Override
        public Response toResponse(JsonException e) {
            return quietly(forCause(e), e);
        }
    }

    /** RESTEasy could not read a body: the caller's when its cause is; otherwise a real failure (500, logged). */
    @Provider
    public static class Reading implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            Response caller = forCause(e);
            return caller != null ? quietly(caller, e) : ProblemMappers.Unexpected.failure(e);
        }
    }

    /** Sign in first: 401 keeping the challenge ({@code WWW-Authenticate}) the resource gave. */
    @Provider
    public static class Unauthenticated implements ExceptionMapper<NotAuthorizedException> {
        @Override
        public Response toResponse(NotAuthorizedException e) {
            String challenge = e.getResponse().getHeaderString("WWW-Authenticate");
            return quietly(Problem.signInFirst(challenge == null ? Problem.challenge() : challenge), e);
        }
    }

    @Provider
    public static class MethodNotAllowed implements ExceptionMapper<NotAllowedException> {
        @Override
        public Response toResponse(NotAllowedException e) {
            return quietly(Problem.of(Response.Status.METHOD_NOT_ALLOWED, "This resource does not take this method")
                    .toResponse("Allow", e.getResponse().getHeaderString("Allow")), e);
        }
    }

    @Provider
    public static class UnsupportedType implements ExceptionMapper<NotSupportedException> {
        @Override
        public Response toResponse(NotSupportedException e) {
            return quietly(new Problem("about:blank", "Unsupported Media Type", 415,
                    "This resource does not take this content type (the API document, /openapi, lists the types each operation takes)", "Content-Type", null)
                    .toResponse(), e);
        }
    }

    @Provider
    public static class NotAcceptable implements ExceptionMapper<NotAcceptableException> {
        @Override
        public Response toResponse(NotAcceptableException e) {
            return quietly(new Problem("about:blank", "Not Acceptable", 406,
                    "This resource cannot answer in the types asked for", "Accept", null).toResponse(), e);
        }
    }
}
