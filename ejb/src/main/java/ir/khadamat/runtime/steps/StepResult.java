package ir.khadamat.runtime.steps;

import java.util.Map;

/**
 * What a step came to: done (with the values it collected, and for a decision the outcome chosen), waiting for a
 * person, or waiting for another system that did not answer.
 */
public record StepResult(State state, Map<String, String> values, String outcome, String waitingFor) {

    public enum State { DONE, AWAITING_PERSON, WAITING_FOR_SYSTEM }

    public static StepResult done(Map<String, String> values) {
        return new StepResult(State.DONE, values, null, null);
    }

    public static StepResult decided(Map<String, String> values, String outcome) {
        return new StepResult(State.DONE, values, outcome, null);
    }

    public static StepResult awaitingPerson() {
        return new StepResult(State.AWAITING_PERSON, Map.of(), null, null);
    }

    public static StepResult waitingFor(String partner) {
        return new StepResult(State.WAITING_FOR_SYSTEM, Map.of(), null, partner);
    }
}
