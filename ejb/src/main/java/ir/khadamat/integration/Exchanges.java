package ir.khadamat.integration;

import ir.khadamat.catalog.process.ExchangeMode;
import ir.khadamat.tenancy.SystemTask;
import ir.khadamat.tenancy.TenantFilter;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The exchanges a case waits for outside its step: requests queued for their partner's next batch, and letters
 * whose reply staff record by hand. A case step opens one, the batch or the reply answers it, and the step,
 * run again, takes the answer once ({@link #take}).
 */
@Stateless
@PermitAll
@Interceptors(TenantFilter.class)
public class Exchanges {

    /** How many requests go in one batch at most; the rest wait for the next. */
    public static final int BATCH_SIZE = 500;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Partners partners;

    /** The exchange a case's step has open (queued, awaiting reply, or answered and not yet taken). */
    public Optional<PendingExchange> open(Long caseId, String stepId) {
        return em.createNamedQuery("PendingExchange.open", PendingExchange.class).setParameter("caseId", caseId)
                .setParameter("stepId", stepId).getResultStream().findFirst();
    }

    /** Queues a request for the partner's next batch. */
    public PendingExchange queue(ExchangeContext context, String stepId, String partner, String operation,
                                 Map<String, String> request) {
        PendingExchange p = new PendingExchange(context, stepId, partner, operation, ExchangeMode.BATCH,
                Partners.json(request));
        em.persist(p);
        return p;
    }

    /** Records a letter sent (its document's verification code) that waits for its reply. */
    public PendingExchange letterSent(ExchangeContext context, String stepId, String partner, String operation,
                                      Map<String, String> request, String letterCode) {
        PendingExchange p = new PendingExchange(context, stepId, partner, operation, ExchangeMode.LETTER,
                Partners.json(request));
        p.letter(letterCode);
        em.persist(p);
        em.persist(new ExchangeLog(context, ExchangeMode.LETTER, partner, operation, p.getRequest(),
                "{\"letter\":\"" + letterCode + "\"}", "SENT", p.getCreatedAt(), 0));
        return p;
    }

    /** The answer of an answered exchange, taken by its step; the exchange is then closed. */
    public Map<String, String> take(PendingExchange exchange) {
        PendingExchange p = em.find(PendingExchange.class, exchange.getId());
        p.consumed();
        return ExchangeValues.values(p.getAnswer());
    }

    /**
     * The reply to a letter (one {@link #awaitedLetter} found), recorded by hand by the case's staff: logged as the
     * exchange's answer under their name. The case's step takes it when it runs again.
     */
    public void recordReply(PendingExchange letter, Map<String, String> reply, String actor) {
        PendingExchange p = em.find(PendingExchange.class, letter.getId());
        String answer = Partners.json(reply);
        p.answered(answer);
        ExchangeContext context = p.context();
        Instant now = Instant.now();
        em.persist(new ExchangeLog(new ExchangeContext(context.caseId(), context.trackingCode(), context.provinceCode(), actor),
                ExchangeMode.LETTER, p.getPartner(), p.getOperation() + "-reply", p.getRequest(), answer, "OK",
                now, Duration.between(p.getCreatedAt(), now).toMillis()));
    }

    /** The letter of a case that waits for its reply, if any. */
    public Optional<PendingExchange> awaitedLetter(Long caseId) {
        return em.createNamedQuery("PendingExchange.awaitingReply", PendingExchange.class).setParameter("caseId", caseId)
                .getResultStream().findFirst();
    }

    /** Letters of the caller's province waiting for their reply, oldest first: the staff's to record. */
    public List<PendingExchange> awaitingReplies(int max) {
        return em.createNamedQuery("PendingExchange.awaitingReplies", PendingExchange.class).setMaxResults(max).getResultList();
    }

    /** The partner and operation of every batch that has requests queued. */
    @SystemTask
    public List<String[]> queues() {
        List<String[]> queues = new ArrayList<>();
        for (Object row : em.createNamedQuery("PendingExchange.queues").getResultList()) {
            Object[] r = (Object[]) row;
            queues.add(new String[]{(String) r[0], (String) r[1]});
        }
        return queues;
    }

    /**
     * The queued requests of a batch this transaction takes, locked until it ends: requests another server's round holds
     * are skipped, not waited for, so two nodes' rounds never send the same request (PostgreSQL's and H2's
     * {@code FOR UPDATE SKIP LOCKED}; EclipseLink's pessimistic locks have no "skip"). A node that dies holding them
     * loses its connection, the database rolls its transaction back, and the next round takes them, sending them again
     * under the same {@code exchangeKey}, by which the partner knows a request it has answered.
     */
    @SuppressWarnings("unchecked")
    private List<PendingExchange> claim(String partner, String operation) {
        return em.createNativeQuery("SELECT * FROM pending_exchange WHERE partner = ? AND operation = ? AND state = ?"
                        + " ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED", PendingExchange.class)
                .setParameter(1, partner).setParameter(2, operation).setParameter(3, PendingExchange.State.QUEUED.name())
                .setParameter(4, BATCH_SIZE).getResultList();
    }

    /**
     * Sends one batch of a partner's operation, in a transaction of its own: the queued requests (up to
     * {@link #BATCH_SIZE}) are answered all together, or stay queued for the next time if the partner fails.
     *
     * @return the cases whose requests were answered
     */
    @SystemTask
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> sendBatch(String partner, String operation) throws PartnerUnavailable {
        List<PendingExchange> queued = claim(partner, operation);
        if (queued.isEmpty()) {
            return List.of();
        }
        List<Map<String, String>> requests = new ArrayList<>();
        List<ExchangeContext> contexts = new ArrayList<>();
        for (PendingExchange p : queued) {
            Map<String, String> request = ExchangeValues.values(p.getRequest());
            request.put("exchangeKey", p.getId().toString()); // the partner knows a request sent again
            requests.add(request);
            contexts.add(p.context());
        }
        List<Map<String, String>> answers = partners.callBatch(contexts, partner, operation, requests);
        List<Long> cases = new ArrayList<>();
        for (int i = 0; i < queued.size(); i++) {
            queued.get(i).answered(Partners.json(answers.get(i)));
            cases.add(queued.get(i).getCaseId());
        }
        return cases;
    }
}
