package ir.khadamat.runtime.steps;

import ir.khadamat.catalog.process.StepKind;
import ir.khadamat.runtime.documents.CaseDocuments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;

/** A form: waits for a person, then takes the step's typed fields ({@link FormFields}); a step action may follow. */
@ApplicationScoped
public class FormStep implements StepHandler {

    @Inject
    StepActions actions;

    @Inject
    CaseDocuments documents;

    @Override
    public StepKind kind() {
        return StepKind.FORM;
    }

    @Override
    public StepResult arrive(StepRun run) {
        return StepResult.awaitingPerson();
    }

    @Override
    public StepResult submit(StepRun run, Map<String, String> input) {
        Map<String, String> values = FormFields.check(run.step().fields(), input,
                field -> documents.has(run.serviceCase().getId(), run.step().id(), field));
        actions.perform(run, values);
        return StepResult.done(values);
    }
}
