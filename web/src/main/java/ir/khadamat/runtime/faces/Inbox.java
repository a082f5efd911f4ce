package ir.khadamat.runtime.faces;

import ir.khadamat.catalog.CardSummary;
import ir.khadamat.catalog.CatalogSearch;
import ir.khadamat.integration.Exchanges;
import ir.khadamat.integration.PendingExchange;
import ir.khadamat.runtime.CaseCaller;
import ir.khadamat.runtime.CaseEngine;
import ir.khadamat.runtime.CaseInbox;
import ir.khadamat.runtime.CaseMove;
import ir.khadamat.runtime.cases.InvalidStepInput;
import ir.khadamat.tenancy.Unit;
import ir.khadamat.users.UserDirectory;
import ir.khadamat.web.DataProblemMappers;
import ir.khadamat.web.TableSort;
import ir.khadamat.web.UserLanguage;
import ir.khadamat.web.ValidationTexts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Provincial staff's inbox ({@code workspace/inbox.xhtml}): the cases waiting on them, filtered by service and
 * overdue, or the cases they started, a page at a time and sortable by their columns (a PrimeFaces lazy table over
 * {@link CaseInbox}); the letters waiting for a reply typed by hand, and starting a case at the counter.
 */
@Named
@ViewScoped
public class Inbox implements Serializable {

    private static final long serialVersionUID = 1L;

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

    /** The list of the address the page was opened with ({@code ?view=mine}, or {@code ?card=&overdue=}). */
    private CaseInbox.Cases cases;
    private final Cases table = new Cases();
    private String startCard;
    private String startUnit;
    private String startSubject;

    @PostConstruct
    void open() {
        cases = "mine".equals(param("view")) ? CaseInbox.Cases.startedByMe()
                : CaseInbox.Cases.inbox(blank(param("card")), "true".equals(param("overdue")));
    }

    /** The list, a page at a time. */
    public LazyDataModel<CaseInbox.Entry> getCases() {
        return table;
    }

    public int getPageSize() {
        return PAGE_SIZE;
    }

    /** How many cases the list has, up to {@link CaseInbox#COUNT_LIMIT}; counted once a view. */
    public int getTotal() {
        return Math.min(table.total(), CaseInbox.COUNT_LIMIT);
    }

    /** Whether the list has more cases than were counted. */
    public boolean isMoreThanCounted() {
        return table.total() > CaseInbox.COUNT_LIMIT;
    }

    /** Whether the page lists the cases the user started rather than those waiting on them. */
    public boolean isMine() {
        return cases.mine();
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
            CaseMove started = DataProblemMappers.retryingConflicts(() -> engine.start(CaseCaller.staff(), startCard,
                    null, new CaseEngine.StartRequest(blank(startUnit), null, null, blank(startSubject))));
            return "/workspace/case.xhtml?faces-redirect=true&code=" + started.trackingCode();
        } catch (InvalidStepInput e) {
            StepScreens.report(e, null, validationTexts, field -> field);
            return null;
        }
    }

    /** The cases of the list for the table: counted once, each page in the column's order asked for. */
    private final class Cases extends LazyDataModel<CaseInbox.Entry> {

        private static final long serialVersionUID = 1L;

        private Integer total;

        int total() {
            if (total == null) {
                total = inbox.count(cases);
            }
            return total;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.min(total(), CaseInbox.COUNT_LIMIT);
        }

        @Override
        public List<CaseInbox.Entry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                          Map<String, FilterMeta> filterBy) {
            Optional<TableSort> sort = TableSort.of(sortBy);
            CaseInbox.Order order = sort.flatMap(s -> CaseInbox.Order.of(s.field())).orElse(null);
            return inbox.entries(cases, order, sort.map(TableSort::ascending).orElse(false),
                    first / Math.max(1, pageSize), pageSize, language.getLocale());
        }

        @Override
        public String getRowKey(CaseInbox.Entry entry) {
            return entry.trackingCode();
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
