package ir.khadamat.integration.faces;

import ir.khadamat.integration.ExchangeJournal;
import ir.khadamat.integration.ExchangeLog;
import ir.khadamat.integration.ExchangeValues;
import ir.khadamat.integration.PartnerSimulator;
import ir.khadamat.integration.PendingExchange;
import ir.khadamat.runtime.CaseView;
import ir.khadamat.runtime.CaseViews;
import ir.khadamat.web.TableSort;
import ir.khadamat.web.UserLanguage;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
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
 * The exchange log for admins ({@code workspace/exchanges.xhtml}): what waits for a batch or a reply, and every
 * exchange, newest first, a page at a time and sortable by its columns (a PrimeFaces lazy table over
 * {@link ExchangeJournal}), filtered by partner, outcome or case from the query string. Read only.
 */
@Named
@ViewScoped
public class ExchangeLogView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int PAGE = 50;

    @EJB
    private ExchangeJournal journal;

    @EJB
    private CaseViews views;

    @Inject
    private UserLanguage language;

    /** The filters of the address the page was opened with; its table's pages keep them. */
    private ExchangeJournal.Filter filter;

    private final LazyDataModel<ExchangeLog> log = new Log();

    @PostConstruct
    void open() {
        filter = new ExchangeJournal.Filter(requestParameter("partner"), requestParameter("outcome"),
                requestParameter("case"));
    }

    /** The log, a page at a time. */
    public LazyDataModel<ExchangeLog> getLog() {
        return log;
    }

    public int getPage() {
        return PAGE;
    }

    /**
     * What an entry sent its partner, as the case's forms name and word it: never the JSON it travelled as (the
     * partner and operation it names are in their own columns).
     */
    public List<CaseView.Value> sent(ExchangeLog entry) {
        return views.sent(entry.getTrackingCode(), ExchangeValues.answer(entry.getRequest()), language.getLocale());
    }

    public List<PendingExchange> getWaiting() {
        try {
            return journal.waiting(ExchangeJournal.MAX_PAGE);
        } catch (EJBAccessException e) {
            return List.of();
        }
    }

    public List<String> getPartners() {
        return PartnerSimulator.PARTNERS.stream().sorted().toList();
    }

    /** A filter of the address the page was opened with (null: any), for the filter form. */
    public String param(String name) {
        return switch (name) {
            case "partner" -> filter.partner();
            case "outcome" -> filter.outcome();
            case "case" -> filter.trackingCode();
            default -> null;
        };
    }

    private static String requestParameter(String name) {
        String value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The journal's entries for the table: as many as the filters keep, in the column's order asked for. */
    private final class Log extends LazyDataModel<ExchangeLog> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            try {
                return journal.count(filter);
            } catch (EJBAccessException e) {
                return 0;
            }
        }

        @Override
        public List<ExchangeLog> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            Optional<TableSort> sort = TableSort.of(sortBy);
            try {
                ExchangeJournal.Order order = sort.flatMap(s -> ExchangeJournal.Order.of(s.field())).orElse(null);
                return order == null ? journal.entries(filter, first, pageSize)
                        : journal.entries(filter, order, sort.orElseThrow().ascending(), first, pageSize);
            } catch (EJBAccessException e) {
                return List.of();
            }
        }

        @Override
        public String getRowKey(ExchangeLog entry) {
            return String.valueOf(entry.getId());
        }
    }
}
