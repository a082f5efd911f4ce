package ir.khadamat.web;

import ir.khadamat.catalog.InvalidCard;
import ir.khadamat.catalog.InvalidQueryParameter;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns every failure of a REST call into a problem+JSON body: never a stack trace. */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    @Provider
    public static class InvalidParameter implements ExceptionMapper<InvalidQueryParameter> {
        @Override
        public Response toResponse(InvalidQueryParameter e) {
            return Problem.badParameter(e.parameter(), e.getMessage()).toResponse();
        }
    }

    @Provider
    public static class InvalidContent implements ExceptionMapper<InvalidCard> {
        @Override
        public Response toResponse(InvalidCard e) {
            return invalid(e);
        }
    }

    /** Bean Validation of a resource's parameters or body. */
    @Provider
    public static class InvalidBody implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            return invalid(InvalidCard.of(e.getConstraintViolations()));
        }
    }

    private static Response invalid(InvalidCard e) {
        List<Problem.FieldError> errors = e.violations().stream()
                .map(v -> new Problem.FieldError(v.field(), v.message())).toList();
        return new Problem("about:blank", "Invalid content", 400, errors.size() + " field(s) break a rule",
                null, errors).toResponse();
    }

    @Provider
    public static class HttpError implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response.StatusType status = e.getResponse().getStatusInfo();
            return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(),
                    e.getMessage(), null, null).toResponse();
        }
    }

    /** Anything unforeseen: logged here in full, answered without internals. */
    @Provider
    public static class Unexpected implements ExceptionMapper<Exception> {
        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Override
        public Response toResponse(Exception e) {
            LOG.log(Level.SEVERE, "Unexpected failure of a REST call", e);
            return Problem.of(Response.Status.INTERNAL_SERVER_ERROR,
                    "The server could not complete the request; it has been logged.").toResponse();
        }
    }
}
