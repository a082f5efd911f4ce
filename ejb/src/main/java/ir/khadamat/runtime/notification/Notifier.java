package ir.khadamat.runtime.notification;

import ir.khadamat.tenancy.Roles;
import ir.khadamat.tenancy.TenantFilter;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.logging.Logger;

/**
 * Sends SMS and email through the outbox: a message is stored in the case's transaction (so it goes if and only if
 * the step is done); a gateway sends it from there. The embedded default has no gateway: admins read the outbox.
 */
@Stateless
@PermitAll
@Interceptors(TenantFilter.class)
public class Notifier {

    private static final Logger LOG = Logger.getLogger(Notifier.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private DemoSms demoSms;

    public void send(String provinceCode, Long caseId, String channel, String recipient, String text) {
        em.persist(new OutboxMessage(provinceCode, caseId, channel, recipient, text));
    }

    /**
     * A message that carries a secret (a one-time code): the text goes to the SMS gateway at once and only there;
     * the outbox keeps {@code shownText}, the message with the secret masked, so no reviewer or admin reads it. The
     * embedded demonstration's gateway is {@link DemoSms}; a production gateway plugs in here (none is configured:
     * the code is then not delivered, and that is logged without the code).
     */
    public void sendSecret(String provinceCode, Long caseId, String channel, String recipient, String text, String shownText) {
        em.persist(new OutboxMessage(provinceCode, caseId, channel, recipient, shownText));
        if (DemoMode.on()) {
            demoSms.deliver(recipient, text);
        } else {
            LOG.warning("No SMS gateway is configured: a one-time code to a mobile was not delivered");
        }
    }

    /** The latest messages the caller may see (their province's; all for national roles). */
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.PROVINCE_ADMIN, Roles.PROVINCE_STAFF, Roles.REVIEWER})
    public List<OutboxMessage> latest(int max) {
        return em.createNamedQuery("OutboxMessage.latest", OutboxMessage.class).setMaxResults(max).getResultList();
    }
}
