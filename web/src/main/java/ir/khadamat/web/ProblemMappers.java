package ir.khadamat.web;

import ir.khadamat.catalog.BundleRefused;
import ir.khadamat.catalog.CardConflict;
import ir.khadamat.catalog.CardTransitionRefused;
import ir.khadamat.catalog.InvalidCard;
import ir.khadamat.catalog.InvalidQueryParameter;
import ir.khadamat.runtime.PublicServices;
import ir.khadamat.runtime.cases.CaseMoved;
import ir.khadamat.runtime.cases.InvalidStepInput;
import ir.khadamat.tenancy.NotFound;
import ir.khadamat.users.UserDirectory;
import jakarta.ejb.EJBAccessException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
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

    /** A catalogue bundle not taken: 400 when it is at fault, 409 when it conflicts; each place in the bundle named. */
    @Provider
    public static class BundleNotTaken implements ExceptionMapper<BundleRefused> {
        @Override
        public Response toResponse(BundleRefused e) {
            Response.Status status = e.conflict() ? Response.Status.CONFLICT : Response.Status.BAD_REQUEST;
            return new Problem("about:blank", e.conflict() ? "Conflict" : "Invalid bundle", status.getStatusCode(),
                    e.getMessage(), null, e.findings().stream()
                    .map(f -> new Problem.FieldError(f.pointer(), f.message())).toList()).toResponse();
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
        return Problem.invalidContent(errors).toResponse();
    }

    /** No card, no case (or one of another province): 404. */
    @Provider
    public static class NoSuchCardOrCase implements ExceptionMapper<NotFound> {
        @Override
        public Response toResponse(NotFound e) {
            return Problem.of(Response.Status.NOT_FOUND, e.getMessage()).toResponse();
        }
    }

    /** Somebody saved the card in between: 409, nothing overwritten; reload and make the change again. */
    @Provider
    public static class Conflict implements ExceptionMapper<CardConflict> {
        @Override
        public Response toResponse(CardConflict e) {
            return Problem.conflict(e.getMessage() + ". Reload the card and make your change again.", "basedOn",
                    "current version is " + e.currentVersion()).toResponse();
        }
    }

    @Provider
    public static class RefusedTransition implements ExceptionMapper<CardTransitionRefused> {
        @Override
        public Response toResponse(CardTransitionRefused e) {
            return Problem.conflict(e.getMessage(), "status", "is " + e.from()).toResponse();
        }
    }

    @Provider
    public static class InvalidUserMapper implements ExceptionMapper<UserDirectory.InvalidUser> {
        @Override
        public Response toResponse(UserDirectory.InvalidUser e) {
            return Problem.invalidField(e.field(), e.getMessage()).toResponse();
        }
    }

    /** A call the caller's role does not allow: 401 with a Basic challenge when not signed in, else 403. */
    @Provider
    public static class NotAllowed implements ExceptionMapper<EJBAccessException> {
        @Context
        private SecurityContext security;

        @Override
        public Response toResponse(EJBAccessException e) {
            InputProblems.LOG.fine(() -> "Refused by role: " + e.getMessage());
            if (security == null || security.getUserPrincipal() == null) {
                return Problem.signInFirst(Problem.challenge());
            }
            return Problem.roleRefused();
        }
    }

    @Provider
    public static class CaseMovedOn implements ExceptionMapper<CaseMoved> {
        @Override
        public Response toResponse(CaseMoved e) {
            return Problem.conflict(e.getMessage(), "basedOn", "reload the case").toResponse();
        }
    }

    @Provider
    public static class InvalidStep implements ExceptionMapper<InvalidStepInput> {
        @Override
        public Response toResponse(InvalidStepInput e) {
            List<Problem.FieldError> errors = e.problems().stream()
                    .map(p -> new Problem.FieldError(p.field(), p.message())).toList();
            return Problem.invalidContent(errors).toResponse();
        }
    }

    @Provider
    public static class CodeRefused implements ExceptionMapper<PublicServices.OneTimeCodeRefused> {
        @Override
        public Response toResponse(PublicServices.OneTimeCodeRefused e) {
            return Problem.invalidField("code", e.getMessage()).toResponse();
        }
    }

    @Provider
    public static class HttpError implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response.StatusType status = e.getResponse().getStatusInfo();
            return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(),
                    detail(e.getMessage(), status), null, null).toResponse();
        }

        /** Our own messages pass; the container's (RESTEASY…, HTTP …, Java signatures) are internal text and do not. */
        static String detail(String message, Response.StatusType status) {
            boolean internal = message == null || message.startsWith("RESTEASY") || message.startsWith("HTTP ")
                    || message.contains("java.") || message.contains("jakarta.");
            return internal ? "The request was refused: " + status.getReasonPhrase() : message;
        }
    }

    /** Anything unforeseen: logged here in full, answered without internals. */
    @Provider
    public static class Unexpected implements ExceptionMapper<Exception> {
        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Override
        public Response toResponse(Exception e) {
            Response caller = InputProblems.refusedCause(e); // a refusal of the web layer that RESTEasy wrapped
            return caller != null ? InputProblems.quietly(caller, e) : failure(e);
        }

        /** A real failure: logged in full, once. */
        static Response failure(Exception e) {
            LOG.log(Level.SEVERE, "Unexpected failure of a REST call", e);
            return Problem.of(Response.Status.INTERNAL_SERVER_ERROR,
                    "The server could not complete the request; it has been logged.").toResponse();
        }
    }
}
