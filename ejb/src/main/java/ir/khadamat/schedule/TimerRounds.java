package ir.khadamat.schedule;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * One server a round for each of the application's timers, cluster-wide (دور زمان‌سنج). Each server's timer fires on
 * its own schedule and asks {@link #claim}; the one whose statement moves the timer's {@code next_due} on from the past
 * runs the round, the others skip it. PostgreSQL (H2 alike) serialises the statements on the row, so two servers can
 * never both win a round; no server holds anything while the round runs, so a server that dies in it only delays the
 * next round to the next server's tick.
 * <p>
 * Why not WildFly's distributed (persistent) EJB timers, which fire each timer on one node: the rounds would then
 * depend on the HA profile's Infinispan cache while the single server keeps its own file store, and the test could
 * not count the rounds; here both shapes share one rule in the database they already share, and every round run is
 * a row ({@code timer_round_run}) one can count.
 */
@Stateless
@PermitAll
public class TimerRounds {

    /** Who this server is in the rounds' record: WildFly's node name (jboss.node.name), else the host's. */
    static final String NODE = System.getProperty("jboss.node.name", System.getProperty("jboss.host.name", "server"));

    /** How long a round's record is kept. */
    static final Duration KEPT = Duration.ofDays(7);

    @PersistenceContext
    private EntityManager em;

    /**
     * Whether this server runs the timer's round now; its number if so. A round is due when the previous one started
     * at least nine tenths of the interval ago (so a server's own next tick, a little early or late, finds it due).
     * The timers are rows of {@code timer_round} (V10__timer_rounds.sql); a name without one never runs.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public OptionalLong claim(String timer, Duration interval) {
        Instant now = Instant.now();
        Timestamp next = Timestamp.from(now.plus(interval.multipliedBy(9).dividedBy(10)));
        int moved = em.createNativeQuery("UPDATE timer_round SET round_no = round_no + 1, next_due = ?"
                        + " WHERE name = ? AND next_due <= ?")
                .setParameter(1, next).setParameter(2, timer).setParameter(3, Timestamp.from(now)).executeUpdate();
        if (moved == 0) {
            return OptionalLong.empty(); // another server has this round, or it is not due yet
        }
        long round = ((Number) em.createNativeQuery("SELECT round_no FROM timer_round WHERE name = ?")
                .setParameter(1, timer).getSingleResult()).longValue();
        em.createNativeQuery("INSERT INTO timer_round_run (name, round_no, node, started_at) VALUES (?, ?, ?, ?)")
                .setParameter(1, timer).setParameter(2, round).setParameter(3, NODE)
                .setParameter(4, Timestamp.from(now)).executeUpdate();
        if (round % 100 == 0) {
            em.createNativeQuery("DELETE FROM timer_round_run WHERE name = ? AND started_at < ?").setParameter(1, timer)
                    .setParameter(2, Timestamp.from(now.minus(KEPT))).executeUpdate();
        }
        return OptionalLong.of(round);
    }
}
