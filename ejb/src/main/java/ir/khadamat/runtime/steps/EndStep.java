package ir.khadamat.runtime.steps;

import ir.khadamat.catalog.process.StepKind;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;

/** The end: the case closes with the step's result. */
@ApplicationScoped
public class EndStep implements StepHandler {

    @Override
    public StepKind kind() {
        return StepKind.END;
    }

    @Override
    public StepResult arrive(StepRun run) {
        return StepResult.done(Map.of("result", run.step().setting("result") == null ? run.step().id() : run.step().setting("result")));
    }
}
