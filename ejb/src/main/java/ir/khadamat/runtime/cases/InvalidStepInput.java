package ir.khadamat.runtime.cases;

import ir.khadamat.catalog.InvalidCard;
import jakarta.ejb.ApplicationException;

import java.util.ArrayList;
import java.util.List;

/** What a person submitted to a step breaks its rules: every field at fault, with a message key; nothing changed. */
@ApplicationException(rollback = true)
public class InvalidStepInput extends RuntimeException {

    /** A field at fault and why: the message in English (REST) and its key (screens word it in Persian). */
    public record Problem(String field, String key, String message) {
    }

    private final List<Problem> problems;

    public InvalidStepInput(List<Problem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public InvalidStepInput(String field, String key) {
        this(List.of(problem(field, key)));
    }

    public static Problem problem(String field, String key) {
        return new Problem(field, key, InvalidCard.ruleMessage(key));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Collects problems, then throws them all at once. */
    public static final class Collector {
        private final List<Problem> problems = new ArrayList<>();

        public void add(String field, String key) {
            problems.add(problem(field, key));
        }

        public void throwIfAny() {
            if (!problems.isEmpty()) {
                throw new InvalidStepInput(problems);
            }
        }
    }
}
