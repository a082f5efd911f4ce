package ir.khadamat.catalog;

import jakarta.ejb.ApplicationException;

/**
 * A catalogue query whose parameter has a value the catalogue cannot use; names the parameter at fault. Thrown by a
 * service as well as by a parser, it reaches the caller as itself (an application exception), not wrapped.
 */
@ApplicationException(rollback = true)
public class InvalidQueryParameter extends RuntimeException {

    private final String parameter;

    public InvalidQueryParameter(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
