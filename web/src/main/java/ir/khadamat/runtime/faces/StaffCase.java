package ir.khadamat.runtime.faces;

import ir.khadamat.runtime.CaseCaller;
import ir.khadamat.runtime.CaseLetters;
import ir.khadamat.runtime.CaseMove;
import ir.khadamat.runtime.CaseView;
import ir.khadamat.runtime.CaseViews;
import ir.khadamat.runtime.appointment.Appointments;
import ir.khadamat.runtime.cases.CaseNotFound;
import ir.khadamat.runtime.cases.InvalidStepInput;
import ir.khadamat.runtime.cases.TrackingCode;
import ir.khadamat.web.Messages;
import ir.khadamat.web.UserLanguage;
import ir.khadamat.web.ValidationTexts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A case as provincial staff work it ({@code workspace/case.xhtml?code=}): its current step's form, generated from
 * its definition, the reply to a letter it waits for, its history, documents and exchanges.
 */
@Named
@RequestScoped
public class StaffCase {

    @EJB
    private CaseViews views;

    @EJB
    private CaseLetters letters;

    @Inject
    private Messages messages;

    @Inject
    private ValidationTexts validationTexts;

    @Inject
    private StepForm form;

    @Inject
    private UserLanguage language;

    private TrackingCode code;
    private CaseView view;
    private String visitType;

    @PostConstruct
    void load() {
        code = TrackingCode.parse(param("code")).orElse(null);
        if (code != null) {
            try {
                view = views.find(CaseCaller.staff(), code, language.getLocale());
            } catch (CaseNotFound | EJBAccessException e) {
                view = null;
            }
        }
    }

    /** Does the current step with the values typed (and a decision's outcome). */
    public String submit(String outcome) {
        if (view == null || view.currentStep() == null) {
            return null;
        }
        try {
            CaseMove after = form.submit(CaseCaller.staff(), code, view, outcome, field -> field);
            return after == null ? null : "/workspace/case.xhtml?faces-redirect=true&code=" + after.trackingCode();
        } catch (CaseNotFound e) {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().put("notice", messages.get("case.handedOver"));
            return "/workspace/inbox.xhtml?faces-redirect=true";
        }
    }

    /** Records the reply to the letter the case waits for, as typed from the other agency's letter. */
    public String recordReply() {
        Map<String, String> values = form.getValues();
        try {
            letters.recordReply(code, new CaseLetters.Reply(values.get("replyNumber"),
                    values.get("replyDate"), values.get("replyText")));
            FacesContext.getCurrentInstance().getExternalContext().getFlash().put("notice", messages.get("letter.recorded"));
            return "/workspace/case.xhtml?faces-redirect=true&code=" + view.trackingCode();
        } catch (InvalidStepInput e) {
            StepScreens.report(e, null, validationTexts, field -> messages.get("letter." + field));
            return null;
        }
    }

    /** Holds a seat of a slot for the case. */
    public String hold(Instant startsAt) {
        return form.hold(CaseCaller.staff(), code, view, visitType == null ? view.currentStep().visitTypes().get(0) : visitType,
                startsAt, field -> field) ? "/workspace/case.xhtml?faces-redirect=true&code=" + view.trackingCode() : null;
    }

    /** The free slots grouped by Jalali day. */
    public Map<String, List<Appointments.Slot>> getSlotsByDay() {
        return form.slotsByDay(CaseCaller.staff(), code, view, () -> visitType != null ? visitType
                : param("type") != null ? param("type") : view.currentStep().visitTypes().get(0));
    }

    private static String param(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }

    public CaseView getView() {
        return view;
    }

    /** The current step's form (and the letter reply's fields). */
    public StepForm getForm() {
        return form;
    }

    public String getVisitType() {
        return visitType;
    }

    public void setVisitType(String visitType) {
        this.visitType = visitType;
    }
}
