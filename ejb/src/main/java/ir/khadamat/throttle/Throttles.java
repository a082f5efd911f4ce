package ir.khadamat.throttle;

import ir.khadamat.audit.AuditTrail;
import ir.khadamat.schedule.TimerRounds;
import ir.khadamat.tenancy.Roles;
import ir.khadamat.tenancy.SystemTask;
import ir.khadamat.tenancy.TenantFilter;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Logger;

/**
 * The throttles, counted in the database ({@link ThrottleEvent}) so that every node sees the same counters. Each
 * method joins the caller's transaction (the sign-in handler and the lookups have none and get one of their own); the
 * refusals that follow a count ({@link Throttled}, a wrong one-time code) do not roll it back, so what was counted
 * stays counted.
 * A limit that engages is written to the audit trail once (when it is reached), not at every refused request, so a
 * flood cannot flood the audit trail too.
 */
@Stateless
@PermitAll
@Interceptors(TenantFilter.class)
public class Throttles {

    private static final Logger LOG = Logger.getLogger(Throttles.class.getName());
    private static final int MOST_ROWS = 1000;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @EJB
    private TimerRounds rounds;

    /** Where a sign-in stands for an account or an address: failures in the window, and the wait before the next try. */
    public record SignInState(String account, int failures, long retryAfterSeconds, List<String> audited) {
    }

    // ---- one-time codes ------------------------------------------------------------------------------------------

    /**
     * Counts a one-time code about to be sent to a mobile from a client address, or refuses it: while the mobile is
     * locked by failed codes, within the cooldown after the last code, over the cap per mobile or per address.
     */
    @SystemTask
    public void codeRequested(String mobile, String address) {
        Instant now = Instant.now();
        refuseIfCodesLocked(mobile, address, now);
        List<Instant> sent = times("CODE_SENT_MOBILE", mobile, ThrottleSettings.codesPerMobile().window(), now);
        Duration cooldown = ThrottleRule.cooldownWait(sent.isEmpty() ? null : sent.get(0), ThrottleSettings.codeCooldown(), now);
        if (!cooldown.isZero()) {
            throw new Throttled("code.cooldown", cooldown);
        }
        List<Instant> fromAddress = address == null ? List.of()
                : times("CODE_SENT_ADDRESS", address, ThrottleSettings.codesPerAddress().window(), now);
        ThrottleSettings.Cap perAddress = ThrottleSettings.codesPerAddress();
        Duration wait = ThrottleRule.capWait(fromAddress, perAddress.max(), perAddress.window(), now);
        if (!wait.isZero()) {
            throw new Throttled("code.per-address", wait);
        }
        count("CODE_SENT_MOBILE", mobile, sent, ThrottleSettings.codesPerMobile(), now, "mobile", mask(mobile), "code.per-mobile");
        if (address != null) {
            count("CODE_SENT_ADDRESS", address, fromAddress, perAddress, now, "client-address", address, "code.per-address");
        }
    }

    /** Refuses to check any code for a mobile (or from an address) that has had too many failed codes lately. */
    @SystemTask
    public void refuseIfCodesLocked(String mobile, String address) {
        refuseIfCodesLocked(mobile, address, Instant.now());
    }

    /** Counts a failed code for the mobile and the address; the failure that reaches the limit locks and is audited. */
    @SystemTask
    public void codeFailed(String mobile, String address) {
        Instant now = Instant.now();
        failure("CODE_FAILED_MOBILE", mobile, ThrottleSettings.codeFailuresPerMobile(), now, "mobile", mask(mobile));
        if (address != null) {
            failure("CODE_FAILED_ADDRESS", address, ThrottleSettings.codeFailuresPerAddress(), now, "client-address", address);
        }
    }

    private void refuseIfCodesLocked(String mobile, String address, Instant now) {
        ThrottleSettings.Cap perMobile = ThrottleSettings.codeFailuresPerMobile();
        Duration wait = ThrottleRule.capWait(times("CODE_FAILED_MOBILE", mobile, perMobile.window(), now), perMobile.max(),
                perMobile.window(), now);
        if (!wait.isZero()) {
            throw new Throttled("code.locked", wait);
        }
        if (address != null) {
            ThrottleSettings.Cap perAddress = ThrottleSettings.codeFailuresPerAddress();
            wait = ThrottleRule.capWait(times("CODE_FAILED_ADDRESS", address, perAddress.window(), now), perAddress.max(),
                    perAddress.window(), now);
            if (!wait.isZero()) {
                throw new Throttled("code.locked-address", wait);
            }
        }
    }

    private void failure(String scope, String subject, ThrottleSettings.Cap cap, Instant now, String type, String shown) {
        List<Instant> before = times(scope, subject, cap.window(), now);
        em.persist(new ThrottleEvent(scope, digest(subject), now));
        if (before.size() + 1 == cap.max()) {
            audit.record(type, shown, "ONE_TIME_CODE_LOCKED", null, "failed one-time codes: " + cap.max() + " within "
                    + cap.window().toSeconds() + " s; no code is checked for " + cap.window().toSeconds() + " s");
            LOG.warning(() -> "one-time codes locked for a " + type + " after " + cap.max() + " failures");
        }
    }

    // ---- tracking and verification -------------------------------------------------------------------------------

    /** Counts a tracking lookup of a code from an address, or refuses it over the cap per address or per code. */
    @SystemTask
    public void tracking(String trackingCode, String address) {
        lookup("TRACK", trackingCode, address, ThrottleSettings.trackPerCode(), ThrottleSettings.trackPerAddress(), "track");
    }

    /** Counts a verification of a document code from an address, or refuses it over the cap per address or per code. */
    @SystemTask
    public void verification(String verificationCode, String address) {
        lookup("VERIFY", verificationCode, address, ThrottleSettings.verifyPerCode(), ThrottleSettings.verifyPerAddress(), "verify");
    }

    private void lookup(String kind, String target, String address, ThrottleSettings.Cap perTarget, ThrottleSettings.Cap perAddress,
                        String name) {
        Instant now = Instant.now();
        String subject = target == null ? "" : target.strip();
        List<Instant> byTarget = times(kind + "_CODE", subject, perTarget.window(), now);
        List<Instant> byAddress = address == null ? List.of() : times(kind + "_ADDRESS", address, perAddress.window(), now);
        Duration wait = ThrottleRule.capWait(byAddress, perAddress.max(), perAddress.window(), now);
        if (!wait.isZero()) {
            throw new Throttled(name + ".per-address", wait);
        }
        wait = ThrottleRule.capWait(byTarget, perTarget.max(), perTarget.window(), now);
        if (!wait.isZero()) {
            throw new Throttled(name + ".per-code", wait);
        }
        count(kind + "_CODE", subject, byTarget, perTarget, now, name + "-code", subject.length() > 100 ? subject.substring(0, 100) : subject,
                name + ".per-code");
        if (address != null) {
            count(kind + "_ADDRESS", address, byAddress, perAddress, now, "client-address", address, name + ".per-address");
        }
    }

    // ---- sign-in -------------------------------------------------------------------------------------------------

    /** The wait before an account may try to sign in from an address (zero: go ahead). */
    @SystemTask
    public long signInWait(String account, String address) {
        Instant now = Instant.now();
        long wait = 0;
        if (account != null) {
            wait = backoffWait("SIGNIN_FAILED_ACCOUNT", account, ThrottleSettings.signInPerAccount(), now);
        }
        if (address != null) {
            wait = Math.max(wait, backoffWait("SIGNIN_FAILED_ADDRESS", address, ThrottleSettings.signInPerAddress(), now));
        }
        return wait;
    }

    /** Counts a failed sign-in; a failure past the free ones starts (or lengthens) a backoff, which is audited. */
    @SystemTask
    public void signInFailed(String account, String address) {
        Instant now = Instant.now();
        if (account != null) {
            signInFailure("SIGNIN_FAILED_ACCOUNT", account, ThrottleSettings.signInPerAccount(), now, "user", account, address);
        }
        if (address != null) {
            signInFailure("SIGNIN_FAILED_ADDRESS", address, ThrottleSettings.signInPerAddress(), now, "client-address", address, address);
        }
    }

    /** A signed-in account starts afresh: its failures are forgotten (an address's are not). */
    @SystemTask
    public void signInSucceeded(String account) {
        if (account != null && !times("SIGNIN_FAILED_ACCOUNT", account, ThrottleSettings.signInPerAccount().window(), Instant.now()).isEmpty()) {
            forget("SIGNIN_FAILED_ACCOUNT", account);
        }
    }

    /** The sign-in state of an account, for its admins. */
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public SignInState signInState(String account) {
        ThrottleSettings.Backoff b = ThrottleSettings.signInPerAccount();
        Instant now = Instant.now();
        return new SignInState(account, times("SIGNIN_FAILED_ACCOUNT", account, b.window(), now).size(),
                backoffWait("SIGNIN_FAILED_ACCOUNT", account, b, now), audited(account));
    }

    /** A system admin lifts an account's sign-in backoff at once (audited). */
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public SignInState unlock(String account) {
        SignInState before = signInState(account);
        forget("SIGNIN_FAILED_ACCOUNT", account);
        audit.record("user", account, "SIGN_IN_UNLOCKED", null, "failures forgotten: " + before.failures()
                + "; the wait was " + before.retryAfterSeconds() + " s");
        return new SignInState(account, 0, 0, audited(account));
    }

    /** The account's throttles and unlocks in the audit trail, newest last: "when action: details". */
    private List<String> audited(String account) {
        return audit.history("user", account).stream().filter(e -> e.getAction().startsWith("SIGN_IN_"))
                .map(e -> e.getOccurredAt() + " " + e.getAction() + ": " + e.getDetails()).toList();
    }

    private long backoffWait(String scope, String subject, ThrottleSettings.Backoff b, Instant now) {
        List<Instant> failures = times(scope, subject, b.window(), now);
        Duration wait = ThrottleRule.backoffWait(failures.size(), failures.isEmpty() ? null : failures.get(0), b.free(), b.base(),
                b.max(), now);
        return wait.isZero() ? 0 : ThrottleRule.retryAfterSeconds(wait);
    }

    private void signInFailure(String scope, String subject, ThrottleSettings.Backoff b, Instant now, String type, String shown,
                               String address) {
        int failures = times(scope, subject, b.window(), now).size() + 1;
        em.persist(new ThrottleEvent(scope, digest(subject), now));
        Duration delay = ThrottleRule.backoff(failures, b.free(), b.base(), b.max());
        if (!delay.isZero()) {
            audit.record(type, shown.length() > 100 ? shown.substring(0, 100) : shown, "SIGN_IN_THROTTLED", null,
                    "failed sign-ins: " + failures + " within " + b.window().toSeconds() + " s (last from " + address
                            + "); next try in " + ThrottleRule.retryAfterSeconds(delay) + " s");
            LOG.warning(() -> "sign-in throttled for a " + type + " after " + failures + " failures: "
                    + ThrottleRule.retryAfterSeconds(delay) + " s");
        }
    }

    // ---- counters ------------------------------------------------------------------------------------------------

    /** Deletes the events older than the longest window, every hour. */
    @Schedule(hour = "*", minute = "7", persistent = false)
    @SystemTask
    public void purge() {
        if (rounds.claim("purge-throttle-events", Duration.ofHours(1)).isEmpty()) {
            return; // another server of the cluster runs this round
        }
        int gone = em.createNamedQuery("ThrottleEvent.purge").setParameter("before", Instant.now().minus(ThrottleSettings.retention()))
                .executeUpdate();
        if (gone > 0) {
            LOG.fine(() -> gone + " throttle events purged");
        }
    }

    private void count(String scope, String subject, List<Instant> before, ThrottleSettings.Cap cap, Instant now, String type,
                       String shown, String name) {
        Duration wait = ThrottleRule.capWait(before, cap.max(), cap.window(), now);
        if (!wait.isZero()) {
            throw new Throttled(name, wait);
        }
        em.persist(new ThrottleEvent(scope, digest(subject), now));
        if (before.size() + 1 == cap.max()) {
            audit.record(type, shown, "THROTTLED", null, name + ": " + cap.max() + " within " + cap.window().toSeconds()
                    + " s reached; more are refused until the window moves on");
        }
    }

    private List<Instant> times(String scope, String subject, Duration window, Instant now) {
        return em.createNamedQuery("ThrottleEvent.times", Instant.class).setParameter("scope", scope)
                .setParameter("subject", digest(subject)).setParameter("since", now.minus(window))
                .setMaxResults(MOST_ROWS).getResultList();
    }

    private void forget(String scope, String subject) {
        em.createNamedQuery("ThrottleEvent.forget").setParameter("scope", scope).setParameter("subject", digest(subject))
                .executeUpdate();
    }

    /** Subjects (mobiles, accounts, addresses, codes) are kept only as digests. */
    static String digest(String subject) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(subject).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A mobile as the audit trail shows it: 0912•••4567. */
    static String mask(String mobile) {
        if (mobile == null || mobile.length() < 8) {
            return "•••";
        }
        return mobile.substring(0, 4) + "•••" + mobile.substring(mobile.length() - 4);
    }
}
