package ir.khadamat.runtime.faces;

import ir.khadamat.catalog.CardSummary;
import ir.khadamat.catalog.CatalogSearch;
import ir.khadamat.integration.Exchanges;
import ir.khadamat.integration.PendingExchange;
import ir.khadamat.runtime.CaseCaller;
import ir.khadamat.runtime.CaseEngine;
import ir.khadamat.runtime.CaseInbox;
import ir.khadamat.runtime.CaseView;
import ir.khadamat.runtime.cases.InvalidStepInput;
import ir.khadamat.tenancy.Unit;
import ir.khadamat.users.UserDirectory;
import ir.khadamat.web.DataProblemMappers;
import ir.khadamat.web.UserLanguage;
import ir.khadamat.web.ValidationTexts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * Provincial staff's inbox ({@code workspace/inbox.xhtml}): the cases waiting on them, filtered by service and
 * overdue, or the cases they started; the letters waiting for a reply typed by hand, and starting a case at the counter.
 */
@Named
@RequestScoped
public class Inbox {

    @EJB
    private CaseInbox inbox;

    @EJB
    private CaseEngine engine;

    @EJB
    private CatalogSearch search;

    @EJB
    private Exchanges exchanges;

    @EJB
    private UserDirectory users;

    @Inject
    private ValidationTexts validationTexts;

    @Inject
    private UserLanguage language;

    static final int PAGE_SIZE = 20;

    private CaseInbox.Page page;
    private String startCard;
    private String startUnit;
    private String startSubject;

    /**
     * The page asked for: of the inbox ({@code ?card=&overdue=&page=}), or of the cases the user started
     * ({@code ?view=mine&page=}).
     */
    public CaseInbox.Page getPage() {
        if (page == null) {
            String p = param("page");
            int number = p != null && p.matches("[0-9]{1,5}") ? Integer.parseInt(p) : 0;
            page = isMine() ? inbox.startedByMe(number, PAGE_SIZE, language.getLocale())
                    : inbox.inbox(blank(param("card")), "true".equals(param("overdue")), number,
                    PAGE_SIZE, language.getLocale());
        }
        return page;
    }

    /** Whether the page lists the cases the user started rather than those waiting on them. */
    public boolean isMine() {
        return "mine".equals(param("view"));
    }

    /** Letters of the province waiting for the reply staff record by hand. */
    public List<PendingExchange> getAwaitingReplies() {
        return exchanges.awaitingReplies(50);
    }

    /** The published services a case can be started of. */
    public List<CardSummary> getServices() {
        return search.published();
    }

    public List<Unit> getUnits() {
        return users.units();
    }

    /** Starts a case of the service chosen, for the unit and subject given. */
    public String start() {
        try {
            CaseView started = DataProblemMappers.retryingConflicts(() -> engine.start(CaseCaller.staff(), startCard,
                    null, new CaseEngine.StartRequest(blank(startUnit), null, null, blank(startSubject))));
            return "/workspace/case.xhtml?faces-redirect=true&code=" + started.trackingCode();
        } catch (InvalidStepInput e) {
            StepScreens.report(e, null, validationTexts, field -> field);
            return null;
        }
    }

    private static String param(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
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
}
