package ir.khadamat.catalog.faces;

import ir.khadamat.catalog.CardDetails;
import ir.khadamat.catalog.CardDiff;
import ir.khadamat.catalog.FieldChange;
import ir.khadamat.catalog.ServiceCatalog;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;

/** Two versions of a card side by side, field by field ({@code diff.xhtml?id=key&from=1&to=2}). */
@Named
@RequestScoped
public class DiffView {

    @EJB
    private ServiceCatalog catalog;

    private CardDetails from;
    private CardDetails to;
    private List<FieldChange> changes = List.of();

    @PostConstruct
    void load() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String key = params.get("id");
        Integer a = number(params.get("from"));
        Integer b = number(params.get("to"));
        if (key == null || a == null || b == null) {
            return;
        }
        from = catalog.find(key, Math.min(a, b)).orElse(null);
        to = catalog.find(key, Math.max(a, b)).orElse(null);
        if (from != null && to != null) {
            changes = CardDiff.between(from.form(), to.form());
        }
    }

    private static Integer number(String s) {
        return s != null && s.matches("[0-9]{1,6}") ? Integer.valueOf(s) : null;
    }

    public boolean isFound() {
        return from != null && to != null;
    }

    public CardDetails getFrom() {
        return from;
    }

    public CardDetails getTo() {
        return to;
    }

    public List<FieldChange> getChanges() {
        return changes;
    }
}
