package ir.khadamat.web;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the database (or Bean Validation of an entity before it) refused, answered as the caller's problem rather
 * than a 500: a unique key another request took at the same moment is a 409 (after the retries of
 * {@link #retryingConflicts}); a value over its column, caught by the entity's {@code @Size}, a 400 naming the
 * field. Anything else inside an EJB failure stays a logged 500.
 */
public final class DataProblemMappers {

    private static final Logger LOG = Logger.getLogger(DataProblemMappers.class.getName());
    /** How often a call that lost a race on a unique key is tried again, each time in a new transaction. */
    static final int RETRIES = 5;

    private DataProblemMappers() {
    }

    /**
     * Runs the call (one container transaction of an EJB) again when it lost a race on a unique key, in a new
     * transaction: the second try sees the row the other request committed (a person, a tracking code, a prisoner
     * number) and answers as if the requests had come one after the other.
     */
    public static <T> T retryingConflicts(Supplier<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (EJBException | PersistenceException e) {
                if (attempt >= RETRIES || !isUniqueViolation(e)) {
                    throw e;
                }
                LOG.fine(() -> "retrying after a unique-key race: " + e);
            }
        }
    }

    static boolean isUniqueViolation(Throwable e) {
        String state = sqlState(e);
        return state != null && state.startsWith("23");
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static ConstraintViolationException violations(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConstraintViolationException v) {
                return v;
            }
        }
        return null;
    }

    static Response toResponse(Throwable e) {
        ConstraintViolationException invalid = violations(e);
        if (invalid != null) {
            List<Problem.FieldError> errors = new ArrayList<>();
            for (ConstraintViolation<?> v : invalid.getConstraintViolations()) {
                String path = v.getPropertyPath().toString();
                errors.add(new Problem.FieldError(path.substring(path.lastIndexOf('.') + 1), v.getMessage()));
            }
            LOG.info(() -> "Refused a value the database would not hold: " + errors);
            return new Problem("about:blank", "Invalid content", 400, errors.size() + " field(s) break a rule", null,
                    errors).toResponse();
        }
        String state = sqlState(e);
        if (state != null && state.startsWith("23")) {
            LOG.info(() -> "A unique key taken by a concurrent request: " + state);
            return Problem.of(Response.Status.CONFLICT,
                    "Another request did the same at the same moment; read again and retry").toResponse();
        }
        if (state != null && state.startsWith("22")) {
            LOG.warning(() -> "A value the database refused (SQLState " + state + "): " + rootMessage(e));
            return Problem.of(Response.Status.BAD_REQUEST, "A value is too long or out of range").toResponse();
        }
        LOG.log(Level.SEVERE, "Unexpected failure of a REST call", e);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR,
                "The server could not complete the request; it has been logged.").toResponse();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName();
    }

    /** An EJB call that failed with a database or entity-validation problem (EJBAccessException has its own). */
    @Provider
    public static class Ejb implements ExceptionMapper<EJBException> {
        @Override
        public Response toResponse(EJBException e) {
            return DataProblemMappers.toResponse(e);
        }
    }

    /** A transaction that failed at commit (a deferred constraint, a flush at the end). */
    @Provider
    public static class Rollback implements ExceptionMapper<RollbackException> {
        @Override
        public Response toResponse(RollbackException e) {
            return DataProblemMappers.toResponse(e);
        }
    }

    @Provider
    public static class Persistence implements ExceptionMapper<PersistenceException> {
        @Override
        public Response toResponse(PersistenceException e) {
            return DataProblemMappers.toResponse(e);
        }
    }
}
