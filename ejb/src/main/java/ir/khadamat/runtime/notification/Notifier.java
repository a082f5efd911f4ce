package ir.khadamat.runtime.notification;

import ir.khadamat.tenancy.Roles;
import ir.khadamat.tenancy.TenantFilter;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * Sends SMS and email through the outbox: a message is stored in the case's transaction (so it goes if and only if
 * the step is done); a gateway sends it from there. The embedded default has no gateway: admins read the outbox.
 */
@Stateless
@PermitAll
@Interceptors(TenantFilter.class)
public class Notifier {

    @PersistenceContext
    private EntityManager em;

    public void send(String provinceCode, Long caseId, String channel, String recipient, String text) {
        em.persist(new OutboxMessage(provinceCode, caseId, channel, recipient, text));
    }

    /** The latest messages the caller may see (their province's; all for national roles). */
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.PROVINCE_ADMIN, Roles.PROVINCE_STAFF, Roles.REVIEWER})
    public List<OutboxMessage> latest(int max) {
        return em.createNamedQuery("OutboxMessage.latest", OutboxMessage.class).setMaxResults(max).getResultList();
    }
}
