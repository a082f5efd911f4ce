package ir.khadamat.runtime;

import ir.khadamat.integration.Exchanges;
import ir.khadamat.integration.PartnerUnavailable;
import ir.khadamat.schedule.TimerRounds;
import ir.khadamat.tenancy.Roles;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.AccessTimeout;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Batch links (§7/§8 «دسته‌ای») sent on a schedule: every {@code khadamat.exchange.batch.seconds} (120 by default)
 * each partner's queued requests go in one batch per operation; the answered cases go on at once. A partner that
 * fails keeps its requests queued for the next round, and its cases wait. One round at a time (a singleton's
 * write lock), so no request is sent twice by this server; a system administrator can also send now.
 */
@Singleton
@Startup
@PermitAll
public class BatchExchanges {

    private static final Logger LOG = Logger.getLogger(BatchExchanges.class.getName());

    @Resource
    private TimerService timers;

    @EJB
    private Exchanges exchanges;

    @EJB
    private CaseEngine engine;

    @EJB
    private TimerRounds rounds;

    private Duration interval;

    /** What a round did: batches sent, requests answered, and the batches whose partner failed. */
    public record Round(int batches, int answered, List<String> failed) {
    }

    @PostConstruct
    void schedule() {
        long seconds = Math.max(5, Long.getLong("khadamat.exchange.batch.seconds", 120));
        interval = Duration.ofSeconds(seconds);
        timers.createIntervalTimer(seconds * 1000, seconds * 1000, new TimerConfig("batch-exchanges", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @AccessTimeout(value = 10, unit = TimeUnit.MINUTES)
    void onSchedule() {
        if (rounds.claim("batch-exchanges", interval).isEmpty()) {
            return; // another server of the cluster runs this round
        }
        Round round = send();
        if (round.batches() > 0) {
            LOG.info(() -> "Batch exchanges: " + round);
        }
    }

    /** Sends every queued batch now (system administrators; the schedule does the same). */
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @AccessTimeout(value = 10, unit = TimeUnit.MINUTES)
    public Round sendNow() {
        return send();
    }

    private Round send() {
        int batches = 0;
        int answered = 0;
        List<String> failed = new ArrayList<>();
        for (String[] queue : exchanges.queues()) {
            String partner = queue[0];
            String operation = queue[1];
            List<Long> cases;
            do {
                try {
                    cases = exchanges.sendBatch(partner, operation);
                } catch (PartnerUnavailable e) {
                    failed.add(partner + "/" + operation);
                    break;
                }
                batches += cases.isEmpty() ? 0 : 1;
                answered += cases.size();
                cases.forEach(this::resume);
            } while (cases.size() == Exchanges.BATCH_SIZE);
        }
        return new Round(batches, answered, failed);
    }

    private void resume(Long caseId) {
        try {
            engine.resume(caseId);
        } catch (RuntimeException e) {
            // the answer is kept; the retry timer takes the case on
            LOG.log(Level.WARNING, "Case " + caseId + " could not go on after its batch; it is tried again later", e);
        }
    }
}
