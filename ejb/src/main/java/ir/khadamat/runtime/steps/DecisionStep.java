package ir.khadamat.runtime.steps;

import ir.khadamat.catalog.process.StepKind;
import ir.khadamat.runtime.cases.InvalidStepInput;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.Map;

/** A decision: a person chooses one of the step's outcomes (and may write notes); the outcome chooses the next step. */
@ApplicationScoped
public class DecisionStep implements StepHandler {

    @Override
    public StepKind kind() {
        return StepKind.DECISION;
    }

    @Override
    public StepResult arrive(StepRun run) {
        return StepResult.awaitingPerson();
    }

    @Override
    public StepResult submit(StepRun run, Map<String, String> input) {
        String outcome = input.get("outcome");
        if (outcome == null || run.step().outcomes().stream().noneMatch(o -> o.name().equals(outcome))) {
            throw new InvalidStepInput("outcome", "runtime.outcome.required");
        }
        Map<String, String> rest = new LinkedHashMap<>(input);
        rest.remove("outcome");
        Map<String, String> values = new LinkedHashMap<>(FormFields.check(run.step().fields(), rest, f -> false));
        values.put("outcome", outcome);
        return StepResult.decided(values, outcome);
    }
}
