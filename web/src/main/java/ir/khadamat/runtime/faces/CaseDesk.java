package ir.khadamat.runtime.faces;

import ir.khadamat.catalog.CardStatus;
import ir.khadamat.catalog.CardSummary;
import ir.khadamat.catalog.CatalogQuery;
import ir.khadamat.catalog.CatalogSearch;
import ir.khadamat.integration.Exchanges;
import ir.khadamat.integration.PendingExchange;
import ir.khadamat.runtime.CaseAttachments;
import ir.khadamat.runtime.CaseCaller;
import ir.khadamat.runtime.CaseEngine;
import ir.khadamat.runtime.CaseInbox;
import ir.khadamat.runtime.CaseLetters;
import ir.khadamat.runtime.CaseView;
import ir.khadamat.runtime.CaseViews;
import ir.khadamat.runtime.appointment.Appointments;
import ir.khadamat.runtime.cases.CaseMoved;
import ir.khadamat.runtime.cases.CaseNotFound;
import ir.khadamat.runtime.cases.InvalidStepInput;
import ir.khadamat.tenancy.Unit;
import ir.khadamat.users.UserDirectory;
import ir.khadamat.web.Messages;
import ir.khadamat.web.ValidationTexts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Provincial staff's screens of the runtime: the inbox ({@code workspace/inbox.xhtml}) and a case
 * ({@code workspace/case.xhtml?code=}), whose current step's form is generated from its definition.
 */
@Named
@RequestScoped
public class CaseDesk {

    @EJB
    private CaseEngine engine;

    @EJB
    private CaseViews views;

    @EJB
    private CaseInbox inbox;

    @EJB
    private CaseAttachments attachments;

    @EJB
    private CatalogSearch search;

    @EJB
    private CaseLetters letters;

    @EJB
    private Exchanges exchanges;

    @EJB
    private UserDirectory users;

    @Inject
    private Messages messages;

    @Inject
    private ValidationTexts validationTexts;

    private CaseView view;
    private CaseInbox.Page page;
    private final Map<String, String> values = new HashMap<>();
    private final Map<String, Part> files = new HashMap<>();
    private String startCard;
    private String startUnit;
    private String startSubject;
    private String visitType;

    @PostConstruct
    void load() {
        String code = param("code");
        if (code != null) {
            try {
                view = views.find(CaseCaller.staff(), code);
            } catch (CaseNotFound | EJBAccessException e) {
                view = null;
            }
        }
    }

    public CaseInbox.Page getInbox() {
        if (page == null) {
            String p = param("page");
            page = inbox.inbox(blank(param("card")), "true".equals(param("overdue")), p != null && p.matches("[0-9]{1,5}")
                    ? Integer.parseInt(p) : 0, 20);
        }
        return page;
    }

    /** Letters of the province waiting for the reply staff record by hand. */
    public List<PendingExchange> getAwaitingReplies() {
        return exchanges.awaitingReplies(50);
    }

    /** The published services a case can be started of. */
    public List<CardSummary> getServices() {
        return search.search(CatalogQuery.parse(null, null, null, null, null, null, null, null).everything()).items()
                .stream().filter(c -> c.status() == CardStatus.PUBLISHED).toList();
    }

    public List<Unit> getUnits() {
        return users.units();
    }

    public String start() {
        try {
            CaseView started = engine.start(CaseCaller.staff(), startCard, null,
                    new CaseEngine.StartRequest(blank(startUnit), null, null, blank(startSubject)));
            return "/workspace/case.xhtml?faces-redirect=true&code=" + started.trackingCode();
        } catch (InvalidStepInput e) {
            problems(e);
            return null;
        }
    }

    /** Does the current step with the values typed (and a decision's outcome). */
    public String submit(String outcome) {
        if (view == null || view.currentStep() == null) {
            return null;
        }
        Map<String, String> submitted = new HashMap<>(values);
        if (outcome != null && !outcome.isBlank()) {
            submitted.put("outcome", outcome);
        }
        try {
            StepScreens.upload(files, submitted, (name, fileName, contentType, content) ->
                    attachments.upload(CaseCaller.staff(), view.trackingCode(), view.currentStep().id(), name, fileName,
                            contentType, content));
            view.currentStep().documents().forEach(d -> {
                if ("seen".equals(values.get(d))) {
                    submitted.put(d, "seen");
                }
            });
            CaseView after = engine.submit(CaseCaller.staff(), view.trackingCode(), view.currentStep().id(), submitted,
                    view.version());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().put("notice", messages.get("case.stepDone"));
            return "/workspace/case.xhtml?faces-redirect=true&code=" + after.trackingCode();
        } catch (InvalidStepInput e) {
            problems(e);
        } catch (CaseMoved e) {
            error(messages.get("case.moved"));
        } catch (CaseNotFound e) {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().put("notice", messages.get("case.handedOver"));
            return "/workspace/inbox.xhtml?faces-redirect=true";
        } catch (IOException e) {
            error(messages.get("case.uploadFailed"));
        }
        return null;
    }

    /** Records the reply to the letter the case waits for, as typed from the other agency's letter. */
    public String recordReply() {
        try {
            letters.recordReply(view.trackingCode(), new CaseLetters.Reply(values.get("replyNumber"),
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
        try {
            attachments.hold(CaseCaller.staff(), view.trackingCode(),
                    visitType == null ? view.currentStep().visitTypes().get(0) : visitType, startsAt);
            return "/workspace/case.xhtml?faces-redirect=true&code=" + view.trackingCode();
        } catch (InvalidStepInput e) {
            problems(e);
            return null;
        }
    }

    /** The free slots grouped by Jalali day. */
    public Map<String, List<Appointments.Slot>> getSlotsByDay() {
        return StepScreens.byJalaliDay(getSlots());
    }

    public List<Appointments.Slot> getSlots() {
        if (view == null || view.currentStep() == null || view.currentStep().visitTypes().isEmpty()) {
            return List.of();
        }
        String type = visitType != null ? visitType : param("type") != null ? param("type") : view.currentStep().visitTypes().get(0);
        return attachments.slots(CaseCaller.staff(), view.trackingCode(), type, null, 14);
    }

    private void problems(InvalidStepInput e) {
        StepScreens.report(e, view == null ? null : view.currentStep(), validationTexts, field -> field);
    }

    private static void error(String text) {
        StepScreens.error(text);
    }

    private static String param(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public CaseView getView() {
        return view;
    }

    public Map<String, String> getValues() {
        return values;
    }

    public Map<String, Part> getFiles() {
        return files;
    }

    public String getStartCard() {
        return startCard;
    }

    public void setStartCard(String startCard) {
        this.startCard = startCard;
    }

    public String getStartUnit() {
        return startUnit;
    }

    public void setStartUnit(String startUnit) {
        this.startUnit = startUnit;
    }

    public String getStartSubject() {
        return startSubject;
    }

    public void setStartSubject(String startSubject) {
        this.startSubject = startSubject;
    }

    public String getVisitType() {
        return visitType;
    }

    public void setVisitType(String visitType) {
        this.visitType = visitType;
    }
}
