package ir.khadamat.runtime;

import ir.khadamat.catalog.CatalogIndex;
import ir.khadamat.catalog.CardStatus;
import ir.khadamat.runtime.definition.ProcessDefinition;
import ir.khadamat.tenancy.Caller;
import ir.khadamat.tenancy.Callers;
import ir.khadamat.tenancy.Roles;
import ir.khadamat.tenancy.TenantFilter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The staff inbox (کارتابل): the open cases of the caller's province waiting on the caller's role, oldest first,
 * with the service and step each waits at and whether it is overdue. Two statements a page, however many cases
 * or services there are: titles come from memory (the catalogue index, and process definitions read once).
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

    @EJB
    private CaseEngine engine;

    @EJB
    private CatalogIndex index;

    /** One line of the inbox. */
    public record Entry(String trackingCode, String cardKey, String serviceTitle, String stepId, String stepTitle,
                        String role, String subjectRef, String applicantNationalCode, Instant updatedAt, Instant dueAt,
                        boolean overdue) {
    }

    public record Page(List<Entry> items, long total, int page, int size) {
    }

    /** @param cardKey only this service (null: all); @param overdueOnly only cases past their due date */
    public Page inbox(String cardKey, boolean overdueOnly, int page, int size) {
        Caller caller = callers.current();
        List<String> roles = caller.has(Roles.PROVINCE_ADMIN) ? List.of("province-staff", "province-admin", "applicant")
                : List.of("province-staff", "applicant");
        String where = " FROM ServiceCase c WHERE c.provinceCode = :province AND c.status = :status AND c.currentRole IN :roles"
                + (cardKey == null ? "" : " AND c.cardKey = :card") + (overdueOnly ? " AND c.dueAt < :now" : "");
        TypedQuery<ServiceCase> query = em.createQuery("SELECT c" + where + " ORDER BY c.updatedAt, c.id", ServiceCase.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(c)" + where, Long.class);
        for (TypedQuery<?> q : List.of(query, count)) {
            q.setParameter("province", caller.provinceCode()).setParameter("status", CaseStatus.OPEN).setParameter("roles", roles);
            if (cardKey != null) {
                q.setParameter("card", cardKey);
            }
            if (overdueOnly) {
                q.setParameter("now", Instant.now());
            }
        }
        int s = Math.max(1, Math.min(MAX_SIZE, size));
        int p = Math.max(0, page);
        Instant now = Instant.now();
        Map<String, String> titles = titles();
        List<Entry> items = query.setFirstResult(p * s).setMaxResults(s).getResultStream().map(c -> {
            ProcessDefinition process = engine.process(c.getCardKey(), c.getCardVersion());
            String stepTitle = process.step(c.getCurrentStep()).map(ProcessDefinition.Step::title).orElse(c.getCurrentStep());
            return new Entry(c.getTrackingCode(), c.getCardKey(), titles.getOrDefault(c.getCardKey(), c.getCardKey()),
                    c.getCurrentStep(), stepTitle, c.getCurrentRole(), c.getSubjectRef(), c.getApplicantCode(),
                    c.getUpdatedAt(), c.getDueAt(), c.getDueAt() != null && c.getDueAt().isBefore(now));
        }).toList();
        return new Page(items, count.getSingleResult(), p, s);
    }

    /** Service titles by card key, from this node's catalogue index (the published version's title). */
    private Map<String, String> titles() {
        Map<String, String> titles = new HashMap<>();
        for (CatalogIndex.Entry e : index.current().entries()) {
            if (e.summary().status() == CardStatus.PUBLISHED || !titles.containsKey(e.summary().key())) {
                titles.put(e.summary().key(), e.summary().title());
            }
        }
        return titles;
    }
}
