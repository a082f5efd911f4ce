package ir.khadamat.integration;

import ir.khadamat.tenancy.Roles;
import ir.khadamat.tenancy.TenantFilter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    public record Filter(String partner, String outcome, String trackingCode) implements Serializable {
    }

    /** How the log may be ordered: by a column, newest (or largest) first unless ascending; then by id. */
    public enum Order {
        STARTED_AT("startedAt"), PARTNER("partner"), OPERATION("operation"), OUTCOME("outcome"), MILLIS("millis");

        private final String attribute;

        Order(String attribute) {
            this.attribute = attribute;
        }

        /** The order of an attribute's name (a table's column), if it is one. */
        public static Optional<Order> of(String attribute) {
            for (Order o : values()) {
                if (o.attribute.equals(attribute)) {
                    return Optional.of(o);
                }
            }
            return Optional.empty();
        }
    }

    /** One page of the log, newest first. */
    public List<ExchangeLog> entries(Filter filter, int first, int max) {
        return entries(filter, Order.STARTED_AT, false, first, max);
    }

    /** One page of the log in the order asked for (equal values newest first). */
    public List<ExchangeLog> entries(Filter filter, Order order, boolean ascending, int first, int max) {
        Map<String, String> where = where(filter);
        String direction = ascending ? " ASC" : " DESC";
        TypedQuery<ExchangeLog> query = em.createQuery("SELECT e FROM ExchangeLog e" + clause(where)
                + " ORDER BY e." + order.attribute + direction + ", e.startedAt DESC, e.id DESC", ExchangeLog.class);
        where.forEach(query::setParameter);
        return query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(MAX_PAGE, max))).getResultList();
    }

    /** How many entries the filter keeps. */
    public int count(Filter filter) {
        Map<String, String> where = where(filter);
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(e) FROM ExchangeLog e" + clause(where), Long.class);
        where.forEach(query::setParameter);
        return Math.toIntExact(query.getSingleResult());
    }

    private static Map<String, String> where(Filter filter) {
        Map<String, String> where = new LinkedHashMap<>();
        if (filter != null) {
            put(where, "partner", filter.partner());
            put(where, "outcome", filter.outcome());
            put(where, "trackingCode", filter.trackingCode());
        }
        return where;
    }

    /** The conditions on the entity's own attributes (the names are this class's, never the caller's). */
    private static String clause(Map<String, String> where) {
        StringBuilder jpql = new StringBuilder(" WHERE 1 = 1");
        where.keySet().forEach(field -> jpql.append(" AND e.").append(field).append(" = :").append(field));
        return jpql.toString();
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
