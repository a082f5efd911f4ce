package ir.khadamat.runtime.steps;

import ir.khadamat.catalog.process.FieldType;
import ir.khadamat.catalog.process.ProcessDefinition;
import ir.khadamat.catalog.process.StepKind;
import ir.khadamat.runtime.appointment.Appointments;
import ir.khadamat.runtime.appointment.BookedVisit;
import ir.khadamat.runtime.output.IssuedDocument;
import ir.khadamat.runtime.output.IssuedDocuments;
import ir.khadamat.tenancy.Roles;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** An output: issues the step's document (certificate, letter, visit card) as PDF with a verification code. */
@ApplicationScoped
public class OutputStep implements StepHandler {

    @EJB
    IssuedDocuments issued;

    @EJB
    Appointments appointments;

    @Override
    public StepKind kind() {
        return StepKind.OUTPUT;
    }

    @Override
    public StepResult arrive(StepRun run) {
        Optional<BookedVisit> visit = appointments.booked(run.serviceCase().getId());
        Map<String, String> lines = visit.isPresent() ? visitCard(run, visit.get()) : labelledValues(run);
        IssuedDocument document = issued.issue(run.serviceCase(), run.serviceTitle(), run.step().setting("document"),
                run.step().setting("title"), lines);
        return StepResult.done(Map.of("document", document.getKind(), "verificationCode", document.getVerificationCode()));
    }

    /**
     * A visit card (کارت ملاقات), what the gate officer checks: who and whom as the applicant recorded them (no file,
     * no mobile, nothing staff wrote), then when, where and which visit.
     */
    static Map<String, String> visitCard(StepRun run, BookedVisit visit) {
        Map<String, String> lines = new LinkedHashMap<>();
        run.process().steps().stream().filter(s -> s.fields() != null && Roles.APPLICANT.equals(s.role()))
                .forEach(s -> s.fields().stream().filter(f -> f.type() != FieldType.FILE && f.type() != FieldType.MOBILE)
                        .forEach(f -> {
                            var v = run.data().step(s.id()).get(f.name());
                            if (v instanceof JsonString text && !text.getString().isBlank()) {
                                lines.putIfAbsent(f.label(), shown(f, text.getString()));
                            }
                        }));
        lines.putAll(visitLines(visit));
        return lines;
    }

    /** The visit's own lines of the card. */
    static Map<String, String> visitLines(BookedVisit visit) {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("نوع ملاقات", visit.typeTitle());
        lines.put("تاریخ ملاقات", visit.day());
        lines.put("ساعت ملاقات", visit.time());
        if (visit.prison() != null) {
            lines.put("محل ملاقات", visit.prison());
        }
        return lines;
    }

    private static String shown(ProcessDefinition.Field f, String value) {
        return f.options() != null && f.options().containsKey(value) ? f.options().get(value) : value;
    }

    /** The field a step's staff write their note in (docs/process-definitions.md): theirs, never a document's. */
    static final String NOTE = "note";

    /**
     * What the case collected, as a document prints it: each field's label and the value shown for it, without staff's
     * notes ({@value #NOTE}) or a mobile (a contact, not part of what a document certifies); files are attached to the
     * case, not printed. The text a decision carries (a letter's answer) is printed.
     */
    static Map<String, String> labelledValues(StepRun run) {
        Map<String, String> lines = new LinkedHashMap<>();
        run.process().steps().stream().filter(s -> s.fields() != null).forEach(s -> s.fields().stream()
                .filter(f -> f.type() != FieldType.FILE && f.type() != FieldType.MOBILE && !NOTE.equals(f.name()))
                .forEach(f -> {
                    var v = run.data().step(s.id()).get(f.name());
                    if (v instanceof JsonString text && !text.getString().isBlank() && !"uploaded".equals(text.getString())) {
                        lines.putIfAbsent(f.label(), shown(f, text.getString()));
                    }
                }));
        return lines;
    }
}
