package ir.khadamat.runtime.faces;

import ir.khadamat.persian.Iran;
import ir.khadamat.persian.JalaliDate;
import ir.khadamat.runtime.CaseView;
import ir.khadamat.runtime.appointment.Appointments;
import ir.khadamat.runtime.cases.InvalidStepInput;
import ir.khadamat.web.ErrorSummary;
import ir.khadamat.web.ValidationTexts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** What the staff's and the applicant's case screens share: uploads, a step's errors, slots by Jalali day. */
final class StepScreens {

    private StepScreens() {
    }

    /** Sends a file to the case: the staff's or the applicant's upload. */
    @FunctionalInterface
    interface Uploader {
        void upload(String name, String fileName, String contentType, byte[] content);
    }

    /** Uploads the files chosen on the step's form; their fields leave the submitted values. */
    static void upload(Map<String, UploadedFile> files, Map<String, String> submitted, Uploader uploader) throws IOException {
        for (Map.Entry<String, UploadedFile> f : files.entrySet()) {
            if (f.getValue() != null && f.getValue().getSize() > 0) {
                try (InputStream in = f.getValue().getInputStream()) {
                    uploader.upload(f.getKey(), f.getValue().getFileName(), f.getValue().getContentType(),
                            in.readAllBytes());
                }
            }
            submitted.remove(f.getKey());
        }
    }

    /**
     * Shows each problem of a step as an error message in the user's language: beside the field's input when the
     * page has one (the input keeps what was typed), and in the error summary on top, named by its label on the step (or by
     * {@code otherLabel} when there is no step, or the step has no such field). A field known only by its code is
     * not named: no Latin field id reaches the screen.
     */
    static void report(InvalidStepInput e, CaseView.CurrentStep step, ValidationTexts texts,
                       Function<String, String> otherLabel) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (InvalidStepInput.Problem p : e.problems()) {
            String label = step == null ? null
                    : step.fields().stream().filter(f -> f.name().equals(p.field())).map(f -> f.label()).findFirst()
                    .orElse(null);
            if (label == null && p.field() != null) {
                label = otherLabel.apply(p.field());
            }
            String text = texts.message(p.key(), p.message());
            boolean named = label != null && !label.isBlank() && !label.equals(p.field()) && !label.contains(".");
            UIComponent input = p.field() == null ? null : input(faces.getViewRoot(), p.field());
            if (input != null) {
                ErrorSummary.fieldError(input, named ? label : null, text);
            } else {
                error(named ? label + ": " + text : text);
            }
        }
    }

    /** The input of the view with that id (a step field's input has the field's name as its id), or null. */
    private static UIComponent input(UIComponent parent, String id) {
        if (parent == null) {
            return null;
        }
        Iterator<UIComponent> kids = parent.getFacetsAndChildren();
        while (kids.hasNext()) {
            UIComponent kid = kids.next();
            if (kid instanceof UIInput && id.equals(kid.getId())) {
                return kid;
            }
            UIComponent found = input(kid, id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** Free slots grouped by day, each day named as the Jalali calendar names it (e.g. «شنبه ۸ آذر ۱۴۰۵»). */
    static Map<String, List<Appointments.Slot>> byJalaliDay(List<Appointments.Slot> slots) {
        Map<String, List<Appointments.Slot>> days = new LinkedHashMap<>();
        for (Appointments.Slot slot : slots) {
            var day = slot.startsAt().atZone(Iran.ZONE).toLocalDate();
            String name = day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.forLanguageTag("fa"))
                    + " " + JalaliDate.from(day).formatLong();
            days.computeIfAbsent(name, k -> new ArrayList<>()).add(slot);
        }
        return days;
    }
}
