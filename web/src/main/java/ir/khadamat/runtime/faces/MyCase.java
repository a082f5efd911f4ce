package ir.khadamat.runtime.faces;

import ir.khadamat.runtime.CaseAttachments;
import ir.khadamat.runtime.CaseCaller;
import ir.khadamat.runtime.CaseMove;
import ir.khadamat.runtime.CaseView;
import ir.khadamat.runtime.CaseViews;
import ir.khadamat.runtime.PublicServices;
import ir.khadamat.runtime.appointment.Appointments;
import ir.khadamat.runtime.appointment.BookedVisit;
import ir.khadamat.runtime.cases.CaseNotFound;
import ir.khadamat.runtime.cases.CaseStatus;
import ir.khadamat.runtime.cases.TrackingCode;
import ir.khadamat.tenancy.Roles;
import ir.khadamat.web.Messages;
import ir.khadamat.web.UserLanguage;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The applicant's own case ({@code my-case.xhtml?code=}), with the steps that are theirs to do, by the token kept in
 * their session when they started or signed in to it, or by their person's token of «درخواست‌های من».
 */
@Named
@RequestScoped
public class MyCase {

    @EJB
    private PublicServices publicServices;

    @EJB
    private CaseViews views;

    @EJB
    private CaseAttachments attachments;

    @Inject
    private ApplicantSession session;

    @Inject
    private Messages messages;

    @Inject
    private StepForm form;

    @Inject
    private UserLanguage language;

    private TrackingCode code;
    private CaseView view;
    /** The applicant, by the token their session keeps for the case (null: none). */
    private CaseCaller applicant;
    private BookedVisit visit;

    @PostConstruct
    void load() {
        code = TrackingCode.parse(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("code"))
                .orElse(null);
        // the applicant's tokens live in the session, which exists only once someone started or signed in to a case:
        // a visitor without one is not given a session just to find that out
        boolean hasSession = FacesContext.getCurrentInstance().getExternalContext().getSession(false) != null;
        String token = hasSession ? session.token(code) : null; // the case's own, or the person's of «درخواست‌های من»
        if (token != null) {
            try {
                applicant = publicServices.applicant(code, token);
                view = views.find(applicant, code, language.getLocale());
                visit = attachments.bookedVisit(applicant, code).orElse(null);
                if (isMyTurn()) {
                    form.beginWithTheApplicant(view);
                }
            } catch (CaseNotFound e) {
                view = null;
            }
        }
    }

    private String otherLabel(String field) {
        return messages.get("apply.field." + field);
    }

    /** Does the applicant's current step. */
    public String submit() {
        if (view == null || view.currentStep() == null) {
            return null;
        }
        CaseMove after = form.submit(applicant, code, view, null, this::otherLabel);
        return after == null ? null : "/my-case.xhtml?faces-redirect=true&code=" + view.trackingCode();
    }

    /** The free slots grouped by Jalali day. */
    public Map<String, List<Appointments.Slot>> getSlotsByDay() {
        return view == null ? Map.of() : form.slotsByDay(applicant, code, view, this::visitType);
    }

    public String hold(Instant startsAt) {
        return form.hold(applicant, code, view, visitType(), startsAt, this::otherLabel)
                ? "/my-case.xhtml?faces-redirect=true&code=" + view.trackingCode() + "&type=" + visitType() : null;
    }

    /** The visit type chosen ({@code ?type=}), or the step's first. */
    public String visitType() {
        String type = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("type");
        return type != null && view.currentStep().visitTypes().contains(type) ? type : view.currentStep().visitTypes().get(0);
    }

    public boolean isMyTurn() {
        return view != null && view.currentStep() != null && Roles.APPLICANT.equals(view.currentStep().role())
                && view.status() == CaseStatus.OPEN;
    }

    /** The visit booked and confirmed (null: none). */
    public BookedVisit getVisit() {
        return visit;
    }

    public CaseView getView() {
        return view;
    }

    /** The current step's form. */
    public StepForm getForm() {
        return form;
    }
}
