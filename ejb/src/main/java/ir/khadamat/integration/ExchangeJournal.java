package ir.khadamat.integration;

import ir.khadamat.tenancy.Roles;
import ir.khadamat.tenancy.TenantFilter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The exchange log as administrators read it: a province's admins their province's exchanges, national admins
 * every province's; newest first, filtered by partner, outcome or case. Read only: nothing here, or anywhere,
 * changes a logged exchange.
 */
@Stateless
@Interceptors(TenantFilter.class)
@RolesAllowed({Roles.PROVINCE_ADMIN, Roles.HQ_ADMIN, Roles.SYSTEM_ADMIN})
public class ExchangeJournal {

    /** At most this many entries a page. */
    public static final int MAX_PAGE = 200;

    @PersistenceContext
    private EntityManager em;

    /** What to show: each filter may be null (any). */
    public record Filter(String partner, String outcome, String trackingCode) {
    }

    public List<ExchangeLog> entries(Filter filter, int first, int max) {
        Map<String, String> where = new LinkedHashMap<>();
        if (filter != null) {
            put(where, "partner", filter.partner());
            put(where, "outcome", filter.outcome());
            put(where, "trackingCode", filter.trackingCode());
        }
        StringBuilder jpql = new StringBuilder("SELECT e FROM ExchangeLog e WHERE 1 = 1");
        where.keySet().forEach(field -> jpql.append(" AND e.").append(field).append(" = :").append(field));
        jpql.append(" ORDER BY e.startedAt DESC, e.id DESC");
        TypedQuery<ExchangeLog> query = em.createQuery(jpql.toString(), ExchangeLog.class);
        where.forEach(query::setParameter);
        return query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(MAX_PAGE, max))).getResultList();
    }

    /** Requests waiting for their batch and letters waiting for their reply, oldest first. */
    public List<PendingExchange> waiting(int max) {
        return em.createNamedQuery("PendingExchange.waiting", PendingExchange.class)
                .setMaxResults(Math.max(1, Math.min(MAX_PAGE, max))).getResultList();
    }

    private static void put(Map<String, String> where, String field, String value) {
        if (value != null && !value.isBlank()) {
            where.put(field, value.strip());
        }
    }
}
