package ir.khadamat.throttle;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The throttle arithmetic, without a database: how long a caller must wait, given what it did before. */
public final class ThrottleRule {

    private ThrottleRule() {
    }

    /**
     * A cap of {@code max} events in a sliding {@code window}: zero when one more is allowed now, else the time until
     * enough of the earlier ones have left the window. {@code times} are the events' times (any order).
     */
    public static Duration capWait(List<Instant> times, int max, Duration window, Instant now) {
        Instant since = now.minus(window);
        List<Instant> inWindow = times.stream().filter(t -> t.isAfter(since)).sorted().toList();
        if (inWindow.size() < max) {
            return Duration.ZERO;
        }
        // the oldest event that must leave the window for the count to fall below max
        Instant leaving = inWindow.get(inWindow.size() - max);
        return atLeastOneSecond(Duration.between(now, leaving.plus(window)));
    }

    /** A cooldown after the last event: zero when it is over (or there was none). */
    public static Duration cooldownWait(Instant last, Duration cooldown, Instant now) {
        if (last == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, last.plus(cooldown));
        return left.isNegative() || left.isZero() ? Duration.ZERO : atLeastOneSecond(left);
    }

    /**
     * The backoff after {@code failures} failed tries: none for the first {@code free} ones, then {@code base}, doubled
     * with every further failure, never more than {@code max}.
     */
    public static Duration backoff(int failures, int free, Duration base, Duration max) {
        if (failures <= free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - free - 1, 30);
        long millis = base.toMillis() << doublings;
        return millis <= 0 || millis > max.toMillis() ? max : Duration.ofMillis(millis);
    }

    /** How long to wait from now, after {@code failures} failures of which the last was {@code lastFailure}. */
    public static Duration backoffWait(int failures, Instant lastFailure, int free, Duration base, Duration max, Instant now) {
        Duration delay = backoff(failures, free, base, max);
        if (delay.isZero() || lastFailure == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, lastFailure.plus(delay));
        return left.isNegative() || left.isZero() ? Duration.ZERO : atLeastOneSecond(left);
    }

    /** Whole seconds for a {@code Retry-After} header, rounded up. */
    public static long retryAfterSeconds(Duration wait) {
        long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    private static Duration atLeastOneSecond(Duration d) {
        return d.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : d;
    }
}
