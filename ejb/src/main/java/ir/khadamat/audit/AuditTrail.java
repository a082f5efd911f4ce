package ir.khadamat.audit;

import ir.khadamat.tenancy.TenantFilter;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.Principal;
import java.time.Instant;
import java.util.List;

/** Records and reads the audit trail. Recording joins the caller's transaction: no change without its entry. */
@PermitAll
@Stateless
@Interceptors(TenantFilter.class)
public class AuditTrail {

    /** The actor recorded for work the system does by itself (start-up import, timers). */
    public static final String SYSTEM = "system";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    public void record(String subjectType, String subjectId, String action, String provinceCode, String details) {
        em.persist(new AuditEvent(Instant.now(), currentActor(), provinceCode, subjectType, subjectId, action, details));
    }

    public List<AuditEvent> history(String subjectType, String subjectId) {
        return em.createNamedQuery("AuditEvent.forSubject", AuditEvent.class)
                .setParameter("type", subjectType)
                .setParameter("id", subjectId)
                .getResultList();
    }

    private String currentActor() {
        Principal principal = context.getCallerPrincipal();
        String name = principal == null ? null : principal.getName();
        return name == null || name.isBlank() || "anonymous".equals(name) ? SYSTEM : name;
    }
}
