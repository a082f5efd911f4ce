package ir.khadamat.runtime.faces;

import ir.khadamat.catalog.process.FieldType;
import ir.khadamat.catalog.process.ProcessDefinition;
import ir.khadamat.persian.PersianDigits;
import ir.khadamat.runtime.CaseAttachments;
import ir.khadamat.runtime.CaseCaller;
import ir.khadamat.runtime.CaseEngine;
import ir.khadamat.runtime.CaseMove;
import ir.khadamat.runtime.CaseView;
import ir.khadamat.runtime.appointment.Appointments;
import ir.khadamat.runtime.cases.CaseMoved;
import ir.khadamat.runtime.cases.InvalidStepInput;
import ir.khadamat.runtime.cases.TrackingCode;
import ir.khadamat.web.DataProblemMappers;
import ir.khadamat.web.Messages;
import ir.khadamat.web.ValidationTexts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The form of a case's current step, as the staff's case page and the applicant's own case page both show it: what
 * was typed and chosen (kept when the step is refused, each problem shown beside its field), the files uploaded
 * with it, the step done as one caller, and the free slots of an appointment step.
 */
@Dependent
public class StepForm {

    @EJB
    private CaseEngine engine;

    @EJB
    private CaseAttachments attachments;

    @Inject
    private Messages messages;

    @Inject
    private ValidationTexts validationTexts;

    private final Map<String, String> values = new HashMap<>();
    private final Map<String, UploadedFile> files = new HashMap<>();

    /**
     * Does the view's current step as the caller, with the values typed, the files chosen (uploaded first) and a
     * decision's outcome (null or blank: none). Only staff mark a documents step's papers as seen at the counter.
     *
     * @param otherLabel names a refused field the step does not have
     * @return the case after the step (the notice «done» is flashed), or null when the page shows why not
     */
    CaseMove submit(CaseCaller caller, TrackingCode code, CaseView view, String outcome, Function<String, String> otherLabel) {
        Map<String, String> submitted = new HashMap<>(values);
        if (outcome != null && !outcome.isBlank()) {
            submitted.put("outcome", outcome);
        }
        try {
            StepScreens.upload(files, submitted, (name, fileName, contentType, content) -> attachments.upload(
                    caller, code, view.currentStep().id(), name, fileName, contentType, content));
            if (caller instanceof CaseCaller.Staff) {
                view.currentStep().documents().forEach(d -> {
                    if ("seen".equals(values.get(d))) {
                        submitted.put(d, "seen");
                    }
                });
            }
            CaseMove after = DataProblemMappers.retryingConflicts(() -> engine.submit(caller, code,
                    view.currentStep().id(), submitted, view.version()));
            FacesContext.getCurrentInstance().getExternalContext().getFlash().put("notice", messages.get("case.stepDone"));
            return after;
        } catch (InvalidStepInput e) {
            problems(e, view, otherLabel);
        } catch (CaseMoved e) {
            StepScreens.error(messages.get("case.moved"));
        } catch (IOException e) {
            StepScreens.error(messages.get("case.uploadFailed"));
        }
        return null;
    }

    /**
     * The free slots of the visit type chosen, grouped by Jalali day: none unless the current step is an
     * appointment (the visit type is asked only then).
     */
    Map<String, List<Appointments.Slot>> slotsByDay(CaseCaller caller, TrackingCode code, CaseView view, Supplier<String> visitType) {
        if (view == null || view.currentStep() == null || view.currentStep().visitTypes().isEmpty()) {
            return Map.of();
        }
        return StepScreens.byJalaliDay(attachments.slots(caller, code, visitType.get(), null, 14));
    }

    /** Holds a seat of the slot for the case; false when the page shows why not. */
    boolean hold(CaseCaller caller, TrackingCode code, CaseView view, String visitType, Instant startsAt,
                 Function<String, String> otherLabel) {
        try {
            attachments.hold(caller, code, visitType, startsAt);
            return true;
        } catch (InvalidStepInput e) {
            problems(e, view, otherLabel);
            return false;
        }
    }

    /** Shows the problems of the step (or of the page when there is no case) beside their fields and on top. */
    void problems(InvalidStepInput e, CaseView view, Function<String, String> otherLabel) {
        StepScreens.report(e, view == null ? null : view.currentStep(), validationTexts, otherLabel);
    }

    /**
     * Begins the form with what the case already knows of its applicant: the national code and mobile they proved
     * are not asked for again. Only where the step has one field of that kind, so that it is theirs (not, say, a
     * prisoner's national code); they may still change it.
     */
    void beginWithTheApplicant(CaseView view) {
        if (view.currentStep() == null || FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        offer(view, FieldType.NATIONAL_CODE, view.applicantNationalCode());
        offer(view, FieldType.MOBILE, view.applicantMobile());
    }

    private void offer(CaseView view, FieldType type, String known) {
        List<ProcessDefinition.Field> ofType = view.currentStep().fields().stream().filter(f -> f.type() == type).toList();
        if (known != null && ofType.size() == 1) {
            values.putIfAbsent(ofType.get(0).name(), PersianDigits.toPersian(known));
        }
    }

    public Map<String, String> getValues() {
        return values;
    }

    public Map<String, UploadedFile> getFiles() {
        return files;
    }
}
