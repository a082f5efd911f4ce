package ir.khadamat.catalog;

/** A catalogue query whose parameter has a value the catalogue cannot use; names the parameter at fault. */
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
