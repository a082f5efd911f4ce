package ir.khadamat.catalog.faces;

import ir.khadamat.catalog.Agency;
import ir.khadamat.catalog.AgencyRegistry;
import ir.khadamat.catalog.CardSummary;
import ir.khadamat.catalog.CatalogPage;
import ir.khadamat.catalog.CatalogQuery;
import ir.khadamat.catalog.CatalogSearch;
import ir.khadamat.catalog.InvalidQueryParameter;
import ir.khadamat.catalog.form.Labelled;
import ir.khadamat.catalog.form.LifeEvent;
import ir.khadamat.catalog.form.ServiceLevel;
import ir.khadamat.catalog.form.ServiceType;
import ir.khadamat.persian.AlphabeticalOrder;
import ir.khadamat.persian.Highlights;
import ir.khadamat.web.Display;
import ir.khadamat.web.Messages;
import ir.khadamat.web.UserLanguage;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The catalogue page: a bookmarkable GET search ({@code index.xhtml?q=...&type=G2C&page=1}) over the
 * national catalogue, with facets. Bad parameters become a message on the page, never an error page.
 * <p>
 * The parameters are read once, from the request, when the bean is made: the page's JSTL tags need the
 * result while the view is built.
 */
@Named
@RequestScoped
public class CatalogView {

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
    private String page;
    private String size;
    private CatalogPage result;
    private Map<String, Agency> agencyRegistry;
    private String error;

    /** Reads the query from the request's parameters, so the page's build-time tags see the result. */
    @PostConstruct
    void load() {
        Map<String, String> request = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        q = request.get("q");
        page = request.get("page");
        size = request.get("size");
        FACETS.forEach(facet -> put(facet, request.get(facet)));
        try {
            CatalogQuery query = CatalogQuery.parse(q, params.get("agency"), params.get("type"), params.get("event"),
                    params.get("level"), params.get("electronicStages"), page, size);
            // the filters as the catalogue understood them (e.g. g2c → G2C), for labels and links
            put("agency", query.agency());
            put("type", query.type());
            put("event", query.event());
            put("level", query.level());
            Integer stages = query.electronicStages();
            put("electronicStages", stages == null ? null
                    : stages == CatalogQuery.UNKNOWN_STAGES ? CatalogQuery.UNKNOWN : stages.toString());
            result = search.search(query);
        } catch (InvalidQueryParameter e) {
            error = messages.format("catalog.badParameter", messages.get("catalog.facet." + e.parameter()));
            params.clear();
            q = null;
            page = null;
            size = null;
            result = search.search(CatalogQuery.all());
        }
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
        return url(next, null);
    }

    /**
     * The titles of the services the visitor can find, in Persian alphabetical order: the search box suggests them as
     * one types (an HTML datalist: the search is a plain GET form that works without scripts and keeps its address,
     * which PrimeFaces' p:autoComplete, needing a JSF form's postback, would not).
     */
    public List<String> getSuggestions() {
        return search.published().stream().map(CardSummary::title).filter(Objects::nonNull).distinct()
                .sorted(AlphabeticalOrder.of(language.getLocale())).toList();
    }

    /** The Excel workbook of every card matching the page's search and filters, in the user's language. */
    public String getSpreadsheetLink() {
        String query = url(params, null).substring("index.xhtml".length());
        String lang = "lang=" + (messages.isPersian() ? "fa" : "en");
        return "api/cards/export.xlsx" + (query.isEmpty() ? "?" + lang : query + "&" + lang);
    }

    public String pageLink(int toPage) {
        return url(params, toPage);
    }

    private String url(Map<String, String> facets, Integer toPage) {
        StringBuilder url = new StringBuilder("index.xhtml?");
        if (q != null && !q.isBlank()) {
            url.append("q=").append(encode(q)).append('&');
        }
        facets.forEach((k, v) -> url.append(k).append('=').append(encode(v)).append('&'));
        if (toPage != null && toPage > 0) {
            url.append("page=").append(toPage).append('&');
        }
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

    public CatalogPage getResult() {
        return result;
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

    private void put(String facet, String value) {
        if (value == null || value.isBlank()) {
            params.remove(facet);
        } else {
            params.put(facet, value.strip());
        }
    }
}
