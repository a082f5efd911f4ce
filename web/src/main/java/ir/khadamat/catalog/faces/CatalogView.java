package ir.khadamat.catalog.faces;

import ir.khadamat.catalog.Agency;
import ir.khadamat.catalog.AgencyRegistry;
import ir.khadamat.catalog.CardSummary;
import ir.khadamat.catalog.CatalogPage;
import ir.khadamat.catalog.CatalogOrder;
import ir.khadamat.catalog.CatalogQuery;
import ir.khadamat.catalog.CatalogSearch;
import ir.khadamat.catalog.InvalidQueryParameter;
import ir.khadamat.catalog.form.Labelled;
import ir.khadamat.catalog.form.LifeEvent;
import ir.khadamat.catalog.form.ServiceLevel;
import ir.khadamat.catalog.form.ServiceType;
import ir.khadamat.persian.AlphabeticalOrder;
import ir.khadamat.persian.Highlights;
import ir.khadamat.persian.PersianText;
import ir.khadamat.web.Display;
import ir.khadamat.web.Messages;
import ir.khadamat.web.TableSort;
import ir.khadamat.web.UserLanguage;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The catalogue page: a bookmarkable search ({@code index.xhtml?q=...&type=G2C&page=1}) over the national catalogue,
 * with facets, its results a PrimeFaces lazy table paged (and, for a signed-in user, sorted) by the server
 * ({@link CatalogSearch}). Bad parameters become a message on the page, never an error page. The search box suggests
 * titles as one types (p:autoComplete); searching posts the box and comes back to the page's address with the new
 * words (post, redirect, get), so the address always says what is shown.
 * <p>
 * The parameters are read from the request when the bean is made: the page's JSTL tags need the result while the view
 * is built. A visitor without a session sees the page stateless (page.xhtml), so its forms post the search back as
 * hidden fields of the same names, and this bean holds nothing between requests.
 */
@Named
@RequestScoped
public class CatalogView {

    /** How many suggestions the search box offers at most. */
    static final int SUGGESTIONS = 10;

    /** The facets in the order they are shown, with the query parameter each one sets. */
    public static final List<String> FACETS = List.of("agency", "type", "event", "level", "electronicStages");

    @EJB
    CatalogSearch search;

    @EJB
    AgencyRegistry agencies;

    @Inject
    Display show;

    @Inject
    Messages messages;

    @Inject
    UserLanguage language;

    private final Map<String, String> params = new LinkedHashMap<>();
    private String q;
    private String typed;
    private CatalogQuery query;
    /** The search's first page in the catalogue's order, with its facets and total. */
    private CatalogPage result;
    private Map<String, Agency> agencyRegistry;
    private final Cards cards = new Cards();
    private String error;

    /** Reads the query from the request's parameters, so the page's build-time tags see the result. */
    @PostConstruct
    void load() {
        Map<String, String> request = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        q = request.get("q");
        FACETS.forEach(facet -> put(facet, request.get(facet)));
        try {
            query = CatalogQuery.parse(q, params.get("agency"), params.get("type"), params.get("event"),
                    params.get("level"), params.get("electronicStages"), request.get("page"), request.get("size"));
            // the filters as the catalogue understood them (e.g. g2c → G2C), for labels and links
            put("agency", query.agency());
            put("type", query.type());
            put("event", query.event());
            put("level", query.level());
            Integer stages = query.electronicStages();
            put("electronicStages", stages == null ? null
                    : stages == CatalogQuery.UNKNOWN_STAGES ? CatalogQuery.UNKNOWN : stages.toString());
        } catch (InvalidQueryParameter e) {
            error = messages.format("catalog.badParameter", messages.get("catalog.facet." + e.parameter()));
            params.clear();
            q = null;
            query = CatalogQuery.all();
        }
        typed = q;
    }

    /** Searches for the words in the box: back to the catalogue's address with them, the filters kept, page one. */
    public void find() throws IOException {
        q = typed;
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/" + url(params));
    }

    /**
     * The titles of the services the visitor can find that contain what they typed, however it was typed (Arabic
     * letters, ZWNJ or space), in Persian alphabetical order: the search box's suggestions.
     */
    public List<String> complete(String text) {
        String letters = lettersOf(text);
        if (letters.isEmpty()) {
            return List.of();
        }
        return search.published().stream().map(CardSummary::title).filter(Objects::nonNull).distinct()
                .filter(title -> lettersOf(title).contains(letters))
                .sorted(AlphabeticalOrder.of(language.getLocale())).limit(SUGGESTIONS).toList();
    }

    /** The label of a facet value: agency names, the form's labels, numbers in the user's digits. */
    public String facetLabel(String facet, String value) {
        if (CatalogQuery.UNKNOWN.equals(value)) {
            return messages.get("unknown");
        }
        try {
            return labelOf(facet, value);
        } catch (IllegalArgumentException e) {
            return value;
        }
    }

    /** The registry, read once for the page however many agency values it labels. */
    private Map<String, Agency> agencyRegistry() {
        if (agencyRegistry == null) {
            agencyRegistry = agencies.byCodes();
        }
        return agencyRegistry;
    }

    private String labelOf(String facet, String value) {
        return switch (facet) {
            case "agency" -> {
                Agency agency = agencyRegistry().get(value);
                yield agency == null ? value : messages.isPersian() ? agency.getPersianName() : agency.getEnglishName();
            }
            case "type" -> show.label(ServiceType.valueOf(value));
            case "event" -> show.label(LifeEvent.valueOf(value));
            case "level" -> show.label(ServiceLevel.valueOf(value));
            default -> show.digits(value);
        };
    }

    /**
     * The link that sets (or, when it is set already, clears) one facet and goes back to the first page.
     * No value clears it (EL hands a {@code null} from the page over as an empty string).
     */
    public String link(String facet, String value) {
        Map<String, String> next = new LinkedHashMap<>(params);
        if (value == null || value.isBlank() || value.equals(next.get(facet))) {
            next.remove(facet);
        } else {
            next.put(facet, value);
        }
        return url(next);
    }

    /** A text's letters and digits as the catalogue compares them, without the spaces and ZWNJs between words. */
    private static String lettersOf(String text) {
        String normal = PersianText.normalize(text);
        return normal == null ? "" : normal.replace(" ", "");
    }

    /** The Excel workbook of every card matching the page's search and filters, in the user's language. */
    public String getSpreadsheetLink() {
        String query = url(params).substring("index.xhtml".length());
        String lang = "lang=" + (messages.isPersian() ? "fa" : "en");
        return "api/cards/export.xlsx" + (query.isEmpty() ? "?" + lang : query + "&" + lang);
    }

    private String url(Map<String, String> facets) {
        StringBuilder url = new StringBuilder("index.xhtml?");
        if (q != null && !q.isBlank()) {
            url.append("q=").append(encode(q)).append('&');
        }
        facets.forEach((k, v) -> url.append(k).append('=').append(encode(v)).append('&'));
        return url.substring(0, url.length() - 1);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    public boolean isActive(String facet, String value) {
        return value.equals(params.get(facet));
    }

    public Map<String, String> getActiveFacets() {
        return params;
    }

    public List<String> getFacets() {
        return FACETS;
    }

    /** The search's total and facets (over every match), and its first page. */
    public CatalogPage getResult() {
        if (result == null) {
            result = search.search(query);
        }
        return result;
    }

    /** The matching cards for the table, a page at a time, in the order of the column asked for. */
    public LazyDataModel<CardSummary> getCards() {
        return cards;
    }

    /** The table's first row, from the address's page ({@code ?page=2}). */
    public int getFirst() {
        return query.offset();
    }

    /** The table's rows a page, from the address ({@code ?size=50}). */
    public int getPageSize() {
        return query.size();
    }

    /** The page size the address asked for, for the forms to post back (none: the default). */
    public String getSize() {
        return query.size() == CatalogQuery.DEFAULT_SIZE ? null : String.valueOf(query.size());
    }

    /**
     * Whether the table's columns sort. A stateless view (a visitor without a session) forgets a column's order
     * between the table's requests, so its next page would come in another order than its header says: such a
     * visitor reads the catalogue in its own order, titles alphabetically.
     */
    public boolean isSortable() {
        return !FacesContext.getCurrentInstance().getViewRoot().isTransient();
    }

    /** The longest search the catalogue takes (CatalogQuery.MAX_TEXT): the box's own limit. */
    public int getMaxText() {
        return CatalogQuery.MAX_TEXT;
    }

    public String getTyped() {
        return typed;
    }

    public void setTyped(String typed) {
        this.typed = typed;
    }

    public String getError() {
        return error;
    }

    public String getQ() {
        return q;
    }

    /** A title or summary of a result with the search's words marked, however they were typed. */
    public List<Highlights.Run> highlight(String text) {
        return Highlights.of(text, q);
    }

    /** The search's cards: its total counted once, each page read from the catalogue in the column's order. */
    private final class Cards extends LazyDataModel<CardSummary> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, getResult().total());
        }

        @Override
        public List<CardSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                      Map<String, FilterMeta> filterBy) {
            Optional<TableSort> sort = TableSort.of(sortBy);
            CatalogOrder order = sort.flatMap(s -> CatalogOrder.of(s.field())).orElse(null);
            int size = Math.max(1, Math.min(pageSize, CatalogQuery.MAX_SIZE));
            CatalogQuery asked = query.at(first / size, size);
            if (order == null && asked.equals(query)) {
                return getResult().items();
            }
            return search.search(asked, order, sort.map(TableSort::ascending).orElse(true)).items();
        }

        @Override
        public String getRowKey(CardSummary card) {
            return String.valueOf(card.id());
        }
    }

    private void put(String facet, String value) {
        if (value == null || value.isBlank()) {
            params.remove(facet);
        } else {
            params.put(facet, value.strip());
        }
    }
}
