package ir.khadamat.catalog;

import jakarta.ejb.ApplicationException;
import jakarta.validation.ConstraintViolation;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A card whose form breaks rules of annex 1: nothing is stored, the transaction rolls back, and the
 * caller gets every field at fault with its message (in the caller's language).
 */
@ApplicationException(rollback = true)
public class InvalidCard extends RuntimeException {

    /** A field at fault, by its path in the form (e.g. {@code identification.title}), and why. */
    public record Violation(String field, String message) {
    }

    private final List<Violation> violations;

    public InvalidCard(List<Violation> violations) {
        super(violations.size() + " field(s) break a rule of the form: " + violations);
        this.violations = List.copyOf(violations);
    }

    public static InvalidCard of(Set<? extends ConstraintViolation<?>> violations) {
        return new InvalidCard(violations.stream()
                .map(v -> new Violation(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field))
                .toList());
    }

    public List<Violation> violations() {
        return violations;
    }
}
