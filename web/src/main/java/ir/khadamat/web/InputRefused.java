package ir.khadamat.web;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * A request refused at the web layer before any service sees it: a body that breaks the JSON limits or does not
 * bind, a parameter that is not a number, a content type or charset the API does not take. It carries its own
 * problem+JSON answer, so it reads the same whether a mapper or RESTEasy itself turns it into the response.
 */
public class InputRefused extends ClientErrorException {

    private final transient Problem problem;

    private InputRefused(Problem problem) {
        super(problem.detail(), problem.toResponse());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    /** A body (or one of its fields, by JSON Pointer; {@code body} for the document as a whole) that cannot be taken. */
    public static InputRefused body(Response.Status status, String field, String detail) {
        String name = field == null || field.isEmpty() ? "body" : field;
        return new InputRefused(new Problem("about:blank", status == Response.Status.BAD_REQUEST ? "Invalid content"
                : status.getReasonPhrase(), status.getStatusCode(), name + ": " + detail, null,
                List.of(new Problem.FieldError(name, detail))));
    }

    /** A query, path or header parameter that cannot be taken. */
    public static InputRefused parameter(String parameter, String detail) {
        return new InputRefused(Problem.badParameter(parameter, detail));
    }
}
