package ir.khadamat.web.rest;

import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.util.List;
import java.util.Map;

/**
 * An example for every path and query parameter of the API that its resource does not give one: a value of the
 * demonstration's data where there is one (a seed card's key, a unit, a partner), a well-formed code where the value
 * is a code (a tracking code with its check digit), typed as the parameter's schema.
 */
final class ParameterExamples {

    /** A tracking code with a right check digit (TrackingCode), no case's. */
    static final String TRACKING_CODE = "1234567890123452";

    private static final Map<String, String> BY_NAME = Map.ofEntries(
            Map.entry("key", "prisoner-visits"), Map.entry("code", TRACKING_CODE), Map.entry("case", TRACKING_CODE),
            Map.entry("verification", "ABCDEFGHJK"), Map.entry("n", "1"), Map.entry("step", "verify"),
            Map.entry("unit", "tehran-greater-prison"), Map.entry("partner", "judiciary-cms"),
            Map.entry("operation", "case-status"), Map.entry("basedOn", "3"), Map.entry("page", "0"),
            Map.entry("size", "20"), Map.entry("first", "0"), Map.entry("max", "50"), Map.entry("q", "ملاقات"),
            Map.entry("agency", "prisons-organization"), Map.entry("event", "EDUCATION"), Map.entry("level", "NATIONAL"),
            Map.entry("electronicStages", "2"), Map.entry("lang", "fa"), Map.entry("province", "tehran"),
            Map.entry("card", "prisoner-visits"), Map.entry("status", "SUBMITTED"), Map.entry("period", "MONTH"),
            Map.entry("year", "1404"), Map.entry("days", "14"), Map.entry("version", "1"), Map.entry("overdue", "true"),
            Map.entry("outcome", "FAILED"), Map.entry("mobile", "09121234567"), Map.entry("name", "requestForm"),
            Map.entry("fileName", "request.pdf"));

    private ParameterExamples() {
    }

    /** Gives each path and query parameter of an operation without an example the one for its name. */
    static void fill(String path, List<Parameter> parameters) {
        if (parameters == null) {
            return;
        }
        for (Parameter p : parameters) {
            if (p.getExample() != null || (p.getExamples() != null && !p.getExamples().isEmpty())
                    || (p.getIn() != Parameter.In.PATH && p.getIn() != Parameter.In.QUERY)) {
                continue;
            }
            String example = example(path, p.getName());
            if (example != null) {
                p.setExample(typed(example, p.getSchema()));
            }
        }
    }

    /** The example of a parameter, by its name and, for the few names with several meanings, its path. */
    static String example(String path, String name) {
        boolean slots = path.endsWith("/slots");
        return switch (name) {
            case "id" -> path.contains("/documents/") ? "1" : "prisoner-visits";
            case "type" -> slots ? "IN_PERSON" : "G2C";
            case "from" -> slots ? "1404/09/15" : "1";
            case "to" -> "2";
            default -> BY_NAME.get(name);
        };
    }

    private static Object typed(String example, Schema schema) {
        if (schema == null || schema.getType() == null) {
            return example;
        }
        return switch (schema.getType().get(0)) {
            case INTEGER -> Long.valueOf(example);
            case BOOLEAN -> Boolean.valueOf(example);
            default -> example;
        };
    }
}
