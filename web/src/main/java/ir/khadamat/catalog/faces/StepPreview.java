package ir.khadamat.catalog.faces;

import ir.khadamat.catalog.process.ProcessDefinition;
import ir.khadamat.catalog.process.ProcessDefinitions;
import ir.khadamat.runtime.CaseView;
import ir.khadamat.tenancy.Roles;
import ir.khadamat.web.UserLanguage;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One step of the process the designer shows now, as its generated screen ({@code workspace/step-preview.xhtml?key=…
 * &step=…}): the same inputs ({@code k:stepform}) staff see on a case's page, or the applicant on theirs when the step
 * is the applicant's, in the user's language. Nothing in it is sent anywhere.
 */
@Named
@RequestScoped
public class StepPreview {

    @Inject
    private DesignerDrafts drafts;

    @Inject
    private UserLanguage language;

    private CaseView.CurrentStep step;
    private final Map<String, String> values = new HashMap<>();
    private final Map<String, Part> files = new HashMap<>();

    @PostConstruct
    void load() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String stepId = params.get("step");
        drafts.get(params.get("key")).map(json -> {
            try {
                return ProcessDefinitions.parse(json);
            } catch (ProcessDefinitions.UnsoundDefinition e) {
                return null;
            }
        }).flatMap(d -> d.step(stepId)).ifPresent(s -> step = screen(s, language.getLocale()));
    }

    /** The step as a case shows it when it is the reader's to do. */
    static CaseView.CurrentStep screen(ProcessDefinition.Step s, Locale locale) {
        String amount = s.setting("amountRials");
        return new CaseView.CurrentStep(s.id(), s.title(locale), s.kind() == null ? null : s.kind().name(), s.role(), true,
                s.fields() == null ? List.of() : s.fields().stream().filter(f -> f.name() != null && f.type() != null)
                        .map(f -> f.in(locale)).toList(),
                s.outcomes() == null ? List.of() : s.outcomes().stream().filter(o -> o.name() != null)
                        .map(o -> o.in(locale)).toList(),
                List.of(), amount != null && amount.matches("[0-9]{1,15}") ? Long.valueOf(amount) : null,
                s.visitTypes());
    }

    public CaseView.CurrentStep getStep() {
        return step;
    }

    /** Whether the applicant sees it (on «پیگیری درخواست»), not staff. */
    public boolean isApplicants() {
        return step != null && Roles.APPLICANT.equals(step.role());
    }

    /** Whether people see a screen at this step at all (the system runs inquiries, messages and documents by itself). */
    public boolean isScreen() {
        return step != null && step.kind() != null && !"END".equals(step.kind()) && !Roles.SYSTEM.equals(step.role());
    }

    public Map<String, String> getValues() {
        return values;
    }

    public Map<String, Part> getFiles() {
        return files;
    }
}
