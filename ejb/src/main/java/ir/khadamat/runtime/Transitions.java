package ir.khadamat.runtime;

import ir.khadamat.catalog.process.ProcessDefinition;
import ir.khadamat.catalog.process.StepKind;
import ir.khadamat.runtime.cases.CaseData;

/**
 * Where a case goes after a step: the transitions of its process definition, their conditions read against what the
 * case collected (as Flowable evaluates a sequence flow's condition apart from the behaviour of the activity it
 * leaves). No state and no database: the engine asks, and the rules are tested on their own.
 */
public final class Transitions {

    /** The condition of a transition that names the outcome a decision step chose, not a field. */
    public static final String OUTCOME = "outcome";

    private Transitions() {
    }

    /**
     * The step after one done: a decision goes where the outcome chosen leads; any other step takes the first of its
     * transitions whose condition holds.
     *
     * @throws IllegalStateException when no transition holds (the definition's check lets none through that can)
     */
    public static String next(ProcessDefinition.Step step, CaseData data, String outcome) {
        if (step.kind() == StepKind.DECISION) {
            return step.outcomes().stream().filter(o -> o.name().equals(outcome)).findFirst().orElseThrow().to();
        }
        for (ProcessDefinition.Transition t : step.next()) {
            if (holds(t, data, outcome)) {
                return t.to();
            }
        }
        throw new IllegalStateException("No transition out of step " + step.id() + " holds");
    }

    /**
     * Whether a transition's condition holds: one without a condition always does; {@code when} names the field
     * (its latest value in the case's data) or {@link #OUTCOME}, whose value must be {@code equals}.
     */
    static boolean holds(ProcessDefinition.Transition t, CaseData data, String outcome) {
        if (t.when() == null) {
            return true;
        }
        return t.equals() != null && t.equals().equals(OUTCOME.equals(t.when()) ? outcome : data.value(t.when()));
    }
}
