package ir.khadamat.catalog;

import ir.khadamat.catalog.form.LifeEvent;
import ir.khadamat.catalog.form.ServiceLevel;
import ir.khadamat.catalog.form.ServiceType;
import ir.khadamat.persian.PersianText;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Searches the national catalogue: free text after Persian normalisation (Arabic ي/ك as ی/ک, any digits
 * as ASCII, no ZWNJ or diacritics), facet filters, facet counts and paging — four queries whatever the
 * size of the catalogue, none of which reads the forms themselves.
 */
@Stateless
public class CatalogSearch {

    public static final String UNKNOWN = CatalogQuery.UNKNOWN;

    @PersistenceContext
    private EntityManager em;

    public CatalogPage search(CatalogQuery query) {
        Filter filter = Filter.of(query);

        TypedQuery<CardSummary> page = em.createQuery(
                "SELECT NEW ir.khadamat.catalog.CardSummary(c.id, c.cardKey, c.title, c.summary, c.serviceId, c.status,"
                        + " a.code, a.persianName, c.electronicStages)"
                        + " FROM ServiceCard c LEFT JOIN c.executiveAgency a" + filter.where
                        + " ORDER BY c.title, c.id", CardSummary.class);
        filter.bind(page);
        List<CardSummary> items = page.setFirstResult(query.offset()).setMaxResults(query.size()).getResultList();

        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        long total = choiceFacets(filter, facets);
        facets.put("agency", groupCounts("a.code", filter));
        facets.put("electronicStages", groupCounts("c.electronicStages", filter));
        return new CatalogPage(items, total, query.page(), query.size(), facets);
    }

    /** Counts every value of the three choice-set facets, and the total, in one pass. */
    private long choiceFacets(Filter filter, Map<String, Map<String, Long>> facets) {
        List<String> labels = new ArrayList<>();
        StringBuilder select = new StringBuilder("SELECT COUNT(c)");
        appendChoiceSums(select, labels, "type", "c.serviceTypes", ServiceType.values());
        appendChoiceSums(select, labels, "event", "c.relatedEvents", LifeEvent.values());
        appendChoiceSums(select, labels, "level", "c.serviceLevels", ServiceLevel.values());
        TypedQuery<Object[]> q = em.createQuery(select + " FROM ServiceCard c LEFT JOIN c.executiveAgency a"
                + filter.where, Object[].class);
        filter.bind(q);
        Object[] row = q.getSingleResult();
        for (int i = 0; i < labels.size(); i++) {
            String[] facetAndValue = labels.get(i).split(":", 2);
            long count = row[i + 1] == null ? 0 : ((Number) row[i + 1]).longValue();
            if (count > 0) {
                facets.computeIfAbsent(facetAndValue[0], k -> new LinkedHashMap<>()).put(facetAndValue[1], count);
            }
        }
        for (String facet : List.of("type", "event", "level")) {
            facets.computeIfAbsent(facet, k -> new LinkedHashMap<>());
        }
        return ((Number) row[0]).longValue();
    }

    private static void appendChoiceSums(StringBuilder select, List<String> labels, String facet, String column,
                                         Enum<?>[] values) {
        for (Enum<?> value : values) {
            // enum names are constants of the code, never user input
            select.append(", SUM(CASE WHEN LOCATE('").append(ChoiceCodes.token(value)).append("', ").append(column)
                    .append(") > 0 THEN 1 ELSE 0 END)");
            labels.add(facet + ":" + value.name());
        }
        select.append(", SUM(CASE WHEN ").append(column).append(" IS NULL THEN 1 ELSE 0 END)");
        labels.add(facet + ":" + UNKNOWN);
    }

    private Map<String, Long> groupCounts(String expression, Filter filter) {
        TypedQuery<Object[]> q = em.createQuery("SELECT " + expression + ", COUNT(c) FROM ServiceCard c"
                + " LEFT JOIN c.executiveAgency a" + filter.where + " GROUP BY " + expression
                + " ORDER BY " + expression, Object[].class);
        filter.bind(q);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] row : q.getResultList()) {
            counts.put(row[0] == null ? UNKNOWN : row[0].toString(), ((Number) row[1]).longValue());
        }
        return counts;
    }

    /** The WHERE clause of a query and its parameters. */
    private record Filter(String where, Map<String, Object> parameters) {

        static Filter of(CatalogQuery query) {
            List<String> conditions = new ArrayList<>();
            Map<String, Object> parameters = new LinkedHashMap<>();
            String text = PersianText.normalize(query.text());
            if (text != null && !text.isEmpty()) {
                int i = 0;
                for (String word : text.split(" ")) {
                    String name = "w" + i++;
                    conditions.add("c.searchText LIKE :" + name + " ESCAPE '\\'");
                    parameters.put(name, "%" + escapeLike(word) + "%");
                }
            }
            if (CatalogQuery.UNKNOWN.equals(query.agency())) {
                conditions.add("a.code IS NULL");
            } else if (query.agency() != null) {
                conditions.add("a.code = :agency");
                parameters.put("agency", query.agency());
            }
            choice(conditions, parameters, "type", "c.serviceTypes", query.type());
            choice(conditions, parameters, "event", "c.relatedEvents", query.event());
            choice(conditions, parameters, "level", "c.serviceLevels", query.level());
            if (query.electronicStages() != null) {
                if (query.electronicStages() == CatalogQuery.UNKNOWN_STAGES) {
                    conditions.add("c.electronicStages IS NULL");
                } else {
                    conditions.add("c.electronicStages = :stages");
                    parameters.put("stages", query.electronicStages());
                }
            }
            return new Filter(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), parameters);
        }

        private static void choice(List<String> conditions, Map<String, Object> parameters, String name,
                                   String column, String value) {
            if (CatalogQuery.UNKNOWN.equals(value)) {
                conditions.add(column + " IS NULL");
            } else if (value != null) {
                conditions.add(column + " LIKE :" + name);
                parameters.put(name, ChoiceCodes.containing(value));
            }
        }

        private static String escapeLike(String word) {
            return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        }

        void bind(TypedQuery<?> query) {
            parameters.forEach(query::setParameter);
        }
    }
}
