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

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The staff inbox (کارتابل): the open cases of the caller's province waiting on the caller's role, oldest first,
 * with the service and step each waits at and whether it is overdue. Two statements a page, however many cases
 * or services there are: titles come from memory (the catalogue index, and process definitions read once). Steps are
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
                        boolean overdue, CaseStatus status) {
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

    /** @param cardKey only this service (null: all); @param overdueOnly only cases past their due date */
    public Page inbox(String cardKey, boolean overdueOnly, int page, int size) {
        return inbox(cardKey, overdueOnly, page, size, Iran.PERSIAN);
    }

    /** {@link #inbox(String, boolean, int, int)}, the steps named in the reader's language. */
    public Page inbox(String cardKey, boolean overdueOnly, int page, int size, Locale locale) {
        Caller caller = callers.current();
        // a case waiting for its applicant is not in the inbox: staff open it by its tracking code at the counter
        List<String> roles = caller.has(Roles.PROVINCE_ADMIN) ? List.of(Roles.PROVINCE_STAFF, Roles.PROVINCE_ADMIN)
                : List.of(Roles.PROVINCE_STAFF);
        String where = " FROM ServiceCase c WHERE c.provinceCode = :province AND c.status = :status AND c.currentRole IN :roles"
                + (cardKey == null ? "" : " AND c.cardKey = :card") + (overdueOnly ? " AND c.dueAt < :now" : "");
        TypedQuery<ServiceCase> query = em.createQuery("SELECT c" + where + " ORDER BY c.updatedAt, c.id", ServiceCase.class);
        TypedQuery<Long> count = em.createQuery("SELECT c.id" + where, Long.class);
        for (TypedQuery<?> q : List.of(query, count)) {
            q.setParameter("province", caller.provinceCode()).setParameter("status", CaseStatus.OPEN).setParameter("roles", roles);
            if (cardKey != null) {
                q.setParameter("card", cardKey);
            }
            if (overdueOnly) {
                q.setParameter("now", Instant.now());
            }
        }
        return page(query, count, page, size, locale);
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
        Caller caller = callers.current();
        String where = " FROM ServiceCase c WHERE c.provinceCode = :province AND c.id IN (SELECT e.caseId FROM CaseEvent e"
                + " WHERE e.provinceCode = :province AND e.action = 'STARTED' AND e.actor = :me)";
        TypedQuery<ServiceCase> query = em.createQuery("SELECT c" + where + " ORDER BY c.updatedAt DESC, c.id DESC",
                ServiceCase.class);
        TypedQuery<Long> count = em.createQuery("SELECT c.id" + where, Long.class);
        for (TypedQuery<?> q : List.of(query, count)) {
            q.setParameter("province", caller.provinceCode()).setParameter("me", caller.username());
        }
        return page(query, count, page, size, locale);
    }

    /** One page of the cases a query finds, each with its service's and step's titles, and their count. */
    private Page page(TypedQuery<ServiceCase> query, TypedQuery<Long> count, int page, int size, Locale locale) {
        int s = Math.max(1, Math.min(MAX_SIZE, size));
        int p = Math.max(0, Math.min(page, Integer.MAX_VALUE / s - 1)); // no overflow of p * s
        Instant now = Instant.now();
        Map<String, String> titles = titles();
        Map<String, ProcessDefinition> processes = new HashMap<>();
        List<Entry> items = query.setFirstResult(p * s).setMaxResults(s).getResultStream().map(c -> {
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
        int counted = count.setMaxResults(COUNT_LIMIT + 1).getResultList().size();
        return new Page(items, Math.min(counted, COUNT_LIMIT), counted > COUNT_LIMIT, p, s);
    }

    /** Service titles by card key (the published version's title), from the catalogue. */
    private Map<String, String> titles() {
        return catalogSearch.titles();
    }
}
