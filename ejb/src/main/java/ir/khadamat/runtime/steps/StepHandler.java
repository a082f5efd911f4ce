package ir.khadamat.runtime.steps;

import ir.khadamat.catalog.process.StepKind;
import ir.khadamat.runtime.cases.InvalidStepInput;

import java.util.Map;

/** One kind of step: what it does when a case arrives at it, and what it takes when a person submits it. */
public interface StepHandler {

    StepKind kind();

    /** The case arrived at the step: steps that act by themselves act now. */
    StepResult arrive(StepRun run);

    /**
     * A person submits the step.
     *
     * @throws InvalidStepInput naming each field at fault; nothing of the case changes
     */
    default StepResult submit(StepRun run, Map<String, String> values) {
        throw new InvalidStepInput("step", "runtime.step.automatic");
    }
}
