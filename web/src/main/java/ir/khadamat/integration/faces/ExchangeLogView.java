package ir.khadamat.integration.faces;

import ir.khadamat.integration.ExchangeJournal;
import ir.khadamat.integration.ExchangeLog;
import ir.khadamat.integration.PartnerSimulator;
import ir.khadamat.integration.PendingExchange;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.util.List;

/**
 * The exchange log for admins ({@code workspace/exchanges.xhtml}): what waits for a batch or a reply, and every
 * exchange, newest first, filtered by partner, outcome or case from the query string. Read only.
 */
@Named
@RequestScoped
public class ExchangeLogView {

    static final int PAGE = 50;

    @EJB
    private ExchangeJournal journal;

    private List<ExchangeLog> entries;

    public List<ExchangeLog> getEntries() {
        if (entries == null) {
            try {
                entries = journal.entries(new ExchangeJournal.Filter(param("partner"), param("outcome"), param("case")),
                        getFirst(), PAGE);
            } catch (EJBAccessException e) {
                entries = List.of();
            }
        }
        return entries;
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

    public int getFirst() {
        String first = param("first");
        return first != null && first.matches("[0-9]{1,7}") ? Integer.parseInt(first) : 0;
    }

    /** Whether there may be older entries than this page. */
    public boolean isMore() {
        return getEntries().size() == PAGE;
    }

    public int getNext() {
        return getFirst() + PAGE;
    }

    public String param(String name) {
        String value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
