package ir.khadamat.runtime.steps;

import ir.khadamat.catalog.process.ProcessDefinition;
import ir.khadamat.catalog.process.StepKind;
import ir.khadamat.runtime.cases.InvalidStepInput;
import ir.khadamat.runtime.documents.CaseDocuments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Documents: the checklist is the step's FILE fields, or else the card's §4 required documents. Each is uploaded
 * (kept with its SHA-256) or, for a document shown at the counter, marked {@code seen} by staff.
 */
@ApplicationScoped
public class DocumentsStep implements StepHandler {

    @Inject
    CaseDocuments documents;

    @Override
    public StepKind kind() {
        return StepKind.DOCUMENTS;
    }

    @Override
    public StepResult arrive(StepRun run) {
        return StepResult.awaitingPerson();
    }

    /** The names of the documents a step asks for. */
    public static List<String> checklist(StepRun run) {
        List<String> names = new ArrayList<>();
        if (run.step().fields() != null && !run.step().fields().isEmpty()) {
            run.step().fields().stream().filter(ProcessDefinition.Field::required).forEach(f -> names.add(f.name()));
        } else if (run.card().specification() != null && run.card().specification().requiredDocuments() != null) {
            for (int i = 0; i < run.card().specification().requiredDocuments().size(); i++) {
                names.add("document" + (i + 1));
            }
        }
        return names;
    }

    @Override
    public StepResult submit(StepRun run, Map<String, String> input) {
        InvalidStepInput.Collector problems = new InvalidStepInput.Collector();
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : checklist(run)) {
            if (documents.has(run.serviceCase().getId(), run.step().id(), name)) {
                values.put(name, "uploaded");
            } else if ("seen".equals(input.get(name))) {
                values.put(name, "seen");
            } else {
                problems.add(name, "runtime.documents.missing");
            }
        }
        problems.throwIfAny();
        return StepResult.done(values);
    }
}
