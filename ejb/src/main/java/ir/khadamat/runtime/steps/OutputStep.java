package ir.khadamat.runtime.steps;

import ir.khadamat.catalog.process.StepKind;
import ir.khadamat.runtime.output.IssuedDocument;
import ir.khadamat.runtime.output.IssuedDocuments;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;

import java.util.LinkedHashMap;
import java.util.Map;

/** An output: issues the step's document (certificate, letter, visit card) as PDF with a verification code. */
@ApplicationScoped
public class OutputStep implements StepHandler {

    @EJB
    IssuedDocuments issued;

    @Override
    public StepKind kind() {
        return StepKind.OUTPUT;
    }

    @Override
    public StepResult arrive(StepRun run) {
        Map<String, String> lines = labelledValues(run);
        IssuedDocument document = issued.issue(run.serviceCase(), run.serviceTitle(), run.step().setting("document"),
                run.step().setting("title"), lines);
        return StepResult.done(Map.of("document", document.getKind(), "verificationCode", document.getVerificationCode()));
    }

    /** What the case collected, as a document prints it: each field's label and the value shown for it. */
    static Map<String, String> labelledValues(StepRun run) {
        Map<String, String> lines = new LinkedHashMap<>();
        run.process().steps().stream().filter(s -> s.fields() != null).forEach(s -> s.fields().forEach(f -> {
            var v = run.data().step(s.id()).get(f.name());
            if (v instanceof JsonString text && !"uploaded".equals(text.getString())) {
                String shown = f.options() != null && f.options().containsKey(text.getString())
                        ? f.options().get(text.getString()) : text.getString();
                lines.putIfAbsent(f.label(), shown);
            }
        }));
        return lines;
    }
}
