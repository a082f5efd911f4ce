package ir.khadamat.platform;

import ir.khadamat.runtime.CaseEngine;
import ir.khadamat.runtime.appointment.Appointments;
import ir.khadamat.schedule.TimerRounds;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The runtime's clockwork: every 15 seconds, cases waiting for another system are tried again, each in its own
 * transaction, so one partner still down holds up only its own cases. At start, the demonstration's prisons get
 * their weekly visiting slots ({@code -Dkhadamat.demo=true} only).
 */
@Singleton
@Startup
@PermitAll
@DependsOn("UserBootstrap")
public class RuntimeTimers {

    private static final Logger LOG = Logger.getLogger(RuntimeTimers.class.getName());

    @EJB
    private CaseEngine engine;

    @EJB
    private Appointments appointments;

    @EJB
    private TimerRounds rounds;

    @PostConstruct
    void atStartup() {
        if (Boolean.getBoolean("khadamat.demo")) {
            appointments.addDemoSlots("tehran", "tehran-greater-prison");
            appointments.addDemoSlots("isfahan", "isfahan-central-prison");
        }
    }

    /** Every 15 seconds, the round of one server of the cluster (TimerRounds): the waiting cases tried again. */
    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void onSchedule() {
        if (rounds.claim("retry-waiting-cases", Duration.ofSeconds(15)).isEmpty()) {
            return; // another server of the cluster runs this round
        }
        retryWaitingCases();
    }

    /**
     * Tries the cases waiting for a partner again, each in its own transaction, now (the schedule's round does the
     * same; each case is claimed with SKIP LOCKED, so a round running at the same time never resumes it twice).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void retryWaitingCases() {
        for (Long id : engine.waiting(200)) {
            try {
                engine.resume(id);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Case " + id + " could not be resumed; it is tried again later", e);
            }
        }
    }
}
