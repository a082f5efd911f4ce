package ir.khadamat.runtime;

import ir.khadamat.catalog.CatalogSearch;
import ir.khadamat.catalog.process.ProcessDefinition;
import ir.khadamat.persian.Iran;
import ir.khadamat.runtime.cases.CaseStatus;
import ir.khadamat.runtime.cases.ServiceCase;
import ir.khadamat.tenancy.Caller;
import ir.khadamat.tenancy.Callers;
import ir.khadamat.tenancy.Roles;
import ir.khadamat.tenancy.TenantFilter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The staff inbox (کارتابل): the open cases of the caller's province waiting on the caller's role, oldest first,
 * with the service and step each waits at and whether it is overdue. Three statements a page (its ids, its cases,
 * the count), however many cases or services there are: titles come from memory (the catalogue index, and process definitions read once). Steps are
 * named in the reader's language (Persian unless English is asked for and the definition has it).
 */
@Stateless
@Interceptors(TenantFilter.class)
@RolesAllowed({Roles.PROVINCE_STAFF, Roles.PROVINCE_ADMIN})
public class CaseInbox {

    public static final int MAX_SIZE = 100;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Callers callers;

    @Inject
    private RunnableServices definitions;

    @EJB
    private CatalogSearch catalogSearch;

    /** One line of the inbox. */
    public record Entry(String trackingCode, String cardKey, String serviceTitle, String stepId, String stepTitle,
                        String role, String subjectRef, String applicantNationalCode, Instant updatedAt, Instant dueAt,
                        boolean overdue, CaseStatus status) implements Serializable {
    }

    /**
     * One page of the inbox, and how many cases wait in all: counted up to {@link #COUNT_LIMIT} (then
     * {@code moreThanCounted}), so a province with tens of thousands of open cases costs no more than one with a few.
     */
    public record Page(List<Entry> items, long total, boolean moreThanCounted, int page, int size) {

        /** Whether a page follows this one. */
        public boolean hasNext() {
            return (long) (page + 1) * size < total;
        }
    }

    public static final int COUNT_LIMIT = 1000;

    /** How a list of cases may be ordered, by a column (then by id). */
    public enum Order {
        UPDATED_AT("updatedAt"), DUE_AT("dueAt"), TRACKING_CODE("trackingCode");

        private final String attribute;

        Order(String attribute) {
            this.attribute = attribute;
        }

        /** The order of an attribute's name (a table's column); empty for another name. */
        public static Optional<Order> of(String attribute) {
            return Arrays.stream(values()).filter(o -> o.attribute.equals(attribute)).findFirst();
        }
    }

    /** Which cases a list shows: the inbox (by service, overdue only) or the cases the caller started (mine). */
    public record Cases(boolean mine, String cardKey, boolean overdueOnly) implements Serializable {

        /** The inbox: waiting on the caller's role; @param cardKey only this service (null: all) */
        public static Cases inbox(String cardKey, boolean overdueOnly) {
            return new Cases(false, cardKey, overdueOnly);
        }

        /** The cases the caller started, open or closed. */
        public static Cases startedByMe() {
            return new Cases(true, null, false);
        }

        /** Oldest change first in the inbox (what waits longest), newest first in the cases one started. */
        boolean newestFirstByDefault() {
            return mine;
        }
    }

    /** @param cardKey only this service (null: all); @param overdueOnly only cases past their due date */
    public Page inbox(String cardKey, boolean overdueOnly, int page, int size) {
        return inbox(cardKey, overdueOnly, page, size, Iran.PERSIAN);
    }

    /** {@link #inbox(String, boolean, int, int)}, the steps named in the reader's language. */
    public Page inbox(String cardKey, boolean overdueOnly, int page, int size, Locale locale) {
        Cases cases = Cases.inbox(cardKey, overdueOnly);
        return page(cases, null, false, page, size, locale, true);
    }

    /**
     * The cases the caller started (at the counter, «پرونده‌هایی که شروع کرده‌ام»), open or closed, most recently
     * changed first, wherever they wait now: staff follow what they began.
     */
    public Page startedByMe(int page, int size) {
        return startedByMe(page, size, Iran.PERSIAN);
    }

    /** {@link #startedByMe(int, int)}, the steps named in the reader's language. */
    public Page startedByMe(int page, int size, Locale locale) {
        return page(Cases.startedByMe(), null, false, page, size, locale, true);
    }

    /**
     * One page of a list in the order asked for (null: the list's own), without counting it: a table that pages
     * counts once ({@link #count}).
     */
    public List<Entry> entries(Cases cases, Order order, boolean ascending, int page, int size, Locale locale) {
        return page(cases, order, ascending, page, size, locale, false).items();
    }

    /** How many cases a list has, counted up to {@link #COUNT_LIMIT} and one more (then: more than counted). */
    public int count(Cases cases) {
        return query(cases, "SELECT c.id", "", Long.class).setMaxResults(COUNT_LIMIT + 1).getResultList().size();
    }

    /** The statement of a list: the inbox waits on the caller's role; a case waiting for its applicant is not in it. */
    private <T> TypedQuery<T> query(Cases cases, String select, String orderBy, Class<T> type) {
        Caller caller = callers.current();
        TypedQuery<T> q;
        if (cases.mine()) {
            q = em.createQuery(select + " FROM ServiceCase c WHERE c.provinceCode = :province AND c.id IN (SELECT e.caseId"
                    + " FROM CaseEvent e WHERE e.provinceCode = :province AND e.action = 'STARTED' AND e.actor = :me)"
                    + orderBy, type);
            q.setParameter("me", caller.username());
        } else {
            // staff open a case waiting for its applicant by its tracking code, at the counter
            List<String> roles = caller.has(Roles.PROVINCE_ADMIN) ? List.of(Roles.PROVINCE_STAFF, Roles.PROVINCE_ADMIN)
                    : List.of(Roles.PROVINCE_STAFF);
            q = em.createQuery(select + " FROM ServiceCase c WHERE c.provinceCode = :province AND c.status = :status"
                    + " AND c.currentRole IN :roles" + (cases.cardKey() == null ? "" : " AND c.cardKey = :card")
                    + (cases.overdueOnly() ? " AND c.dueAt < :now" : "") + orderBy, type);
            q.setParameter("status", CaseStatus.OPEN).setParameter("roles", roles);
            if (cases.cardKey() != null) {
                q.setParameter("card", cases.cardKey());
            }
            if (cases.overdueOnly()) {
                q.setParameter("now", Instant.now());
            }
        }
        return q.setParameter("province", caller.provinceCode());
    }

    /** One page of a list, each case with its service's and step's titles, and (if asked) how many the list has. */
    private Page page(Cases cases, Order order, boolean ascending, int page, int size, Locale locale, boolean counted) {
        int s = Math.max(1, Math.min(MAX_SIZE, size));
        int p = Math.max(0, Math.min(page, Integer.MAX_VALUE / s - 1)); // no overflow of p * s
        boolean descending = order == null ? cases.newestFirstByDefault() : !ascending;
        String direction = descending ? " DESC" : "";
        String orderBy = " ORDER BY c." + (order == null ? Order.UPDATED_AT : order).attribute + direction + ", c.id" + direction;
        Instant now = Instant.now();
        Map<String, String> titles = titles();
        Map<String, ProcessDefinition> processes = new HashMap<>();
        // the page's ids first, in order, from the index alone (V14); then those cases: two short statements, not
        // the heap rows of every case the page skips
        List<Long> ids = query(cases, "SELECT c.id", orderBy, Long.class).setFirstResult(p * s).setMaxResults(s)
                .getResultList();
        Map<Long, ServiceCase> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT c FROM ServiceCase c WHERE c.id IN :ids", ServiceCase.class).setParameter("ids", ids)
                    .getResultStream().forEach(c -> byId.put(c.getId(), c));
        }
        List<Entry> items = ids.stream().map(byId::get).filter(Objects::nonNull).map(c -> {
            ProcessDefinition process = processes.computeIfAbsent(c.getCardKey() + ":" + c.getCardVersion(),
                    k -> definitions.process(c.getCardKey(), c.getCardVersion()));
            String stepTitle = c.getCurrentStep() == null ? null
                    : process.step(c.getCurrentStep()).map(step -> step.title(locale)).orElse(null);
            return new Entry(c.getTrackingCode().value(), c.getCardKey(), titles.getOrDefault(c.getCardKey(), c.getCardKey()),
                    c.getCurrentStep(), stepTitle, c.getCurrentRole(), c.getSubjectRef(),
                    Objects.toString(c.getApplicantCode(), null),
                    c.getUpdatedAt(), c.getDueAt(), c.getStatus() == CaseStatus.OPEN && c.getDueAt() != null
                    && c.getDueAt().isBefore(now), c.getStatus());
        }).toList();
        int total = counted ? count(cases) : -1;
        return new Page(items, Math.min(total, COUNT_LIMIT), total > COUNT_LIMIT, p, s);
    }

    /** Service titles by card key (the published version's title), from the catalogue. */
    private Map<String, String> titles() {
        return catalogSearch.titles();
    }
}
