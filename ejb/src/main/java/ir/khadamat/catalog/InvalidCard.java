package ir.khadamat.catalog;

import jakarta.ejb.ApplicationException;
import jakarta.validation.ConstraintViolation;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * A card whose form breaks rules of annex 1: nothing is stored, the transaction rolls back, and the
 * caller gets every field at fault with its message (in the caller's language).
 */
@ApplicationException(rollback = true)
public class InvalidCard extends RuntimeException {

    /**
     * A field at fault, by its path in the form (e.g. {@code identification.title}), and why: the message in the
     * server's language, and its template ({@code {card.title.required}}) for a screen to show in the user's.
     */
    public record Violation(String field, String message, String template) {
        public Violation(String field, String message) {
            this(field, message, null);
        }
    }

    private final List<Violation> violations;

    public InvalidCard(List<Violation> violations) {
        super(violations.size() + " field(s) break a rule of the form: " + violations);
        this.violations = List.copyOf(violations);
    }

    public static InvalidCard of(Set<? extends ConstraintViolation<?>> violations) {
        return new InvalidCard(violations.stream()
                .map(v -> new Violation(v.getPropertyPath().toString(), v.getMessage(), v.getMessageTemplate()))
                .sorted(Comparator.comparing(Violation::field))
                .toList());
    }

    /** A rule of the catalogue (not of the form) broken by one field; the message is in ValidationMessages. */
    public static InvalidCard field(String field, String messageKey) {
        return new InvalidCard(List.of(new Violation(field, ruleMessage(messageKey), "{" + messageKey + "}")));
    }

    /**
     * A rule's message of ValidationMessages (the card's rules and the steps' alike) in the server's language; the
     * key itself when there is none.
     */
    public static String ruleMessage(String messageKey) {
        try {
            return ResourceBundle.getBundle("ValidationMessages", Locale.ROOT).getString(messageKey);
        } catch (MissingResourceException e) {
            return messageKey;
        }
    }

    public List<Violation> violations() {
        return violations;
    }
}
