package ir.khadamat.throttle;

import jakarta.ejb.ApplicationException;

import java.time.Duration;

/**
 * Too many requests: the caller may try again after {@link #retryAfterSeconds()} (REST answers 429 with
 * {@code Retry-After}; a page shows a Persian message). What was counted before it stays counted.
 */
@ApplicationException(rollback = false)
public class Throttled extends RuntimeException {

    private final String what;
    private final long retryAfterSeconds;

    public Throttled(String what, Duration wait) {
        super("Too many requests (" + what + "); try again in " + ThrottleRule.retryAfterSeconds(wait) + " s");
        this.what = what;
        this.retryAfterSeconds = ThrottleRule.retryAfterSeconds(wait);
    }

    /** Which limit: {@code code.cooldown}, {@code code.per-mobile}, {@code code.locked}, {@code track.per-address}, … */
    public String what() {
        return what;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
