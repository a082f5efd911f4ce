package ir.khadamat.throttle;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The throttle arithmetic: caps in sliding windows, cooldowns, the growing backoff and its ceiling. */
class ThrottleRuleTest {

    private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);

    @Test
    void aCapAllowsUpToItsMaximumInTheWindow() {
        List<Instant> four = List.of(NOW.minusSeconds(3000), NOW.minusSeconds(2000), NOW.minusSeconds(1000), NOW.minusSeconds(10));
        assertEquals(Duration.ZERO, ThrottleRule.capWait(four, 5, HOUR, NOW));
        assertEquals(Duration.ZERO, ThrottleRule.capWait(List.of(), 5, HOUR, NOW));
    }

    @Test
    void aFullCapWaitsUntilTheOldestLeavesTheWindow() {
        List<Instant> five = List.of(NOW.minusSeconds(10), NOW.minusSeconds(3000), NOW.minusSeconds(2000), NOW.minusSeconds(1000),
                NOW.minusSeconds(5));
        assertEquals(Duration.ofSeconds(600), ThrottleRule.capWait(five, 5, HOUR, NOW), "3600 - 3000 s: the oldest leaves first");
        List<Instant> withOld = List.of(NOW.minusSeconds(4000), NOW.minusSeconds(3000), NOW.minusSeconds(10));
        assertEquals(Duration.ZERO, ThrottleRule.capWait(withOld, 3, HOUR, NOW), "an event outside the window does not count");
    }

    @Test
    void aCapOverfilledByRacesWaitsForEnoughToLeave() {
        List<Instant> seven = List.of(NOW.minusSeconds(3500), NOW.minusSeconds(3400), NOW.minusSeconds(3000), NOW.minusSeconds(2000),
                NOW.minusSeconds(100), NOW.minusSeconds(50), NOW.minusSeconds(1));
        // 7 in the window, max 5: three must leave; the third oldest (3000 s ago) leaves in 600 s
        assertEquals(Duration.ofSeconds(600), ThrottleRule.capWait(seven, 5, HOUR, NOW));
    }

    @Test
    void aCooldownRunsFromTheLastEvent() {
        assertEquals(Duration.ZERO, ThrottleRule.cooldownWait(null, Duration.ofSeconds(60), NOW));
        assertEquals(Duration.ofSeconds(45), ThrottleRule.cooldownWait(NOW.minusSeconds(15), Duration.ofSeconds(60), NOW));
        assertEquals(Duration.ZERO, ThrottleRule.cooldownWait(NOW.minusSeconds(60), Duration.ofSeconds(60), NOW));
    }

    @Test
    void theBackoffStartsAfterTheFreeFailuresDoublesAndStopsAtItsCeiling() {
        Duration base = Duration.ofSeconds(1);
        Duration max = Duration.ofSeconds(60);
        assertEquals(Duration.ZERO, ThrottleRule.backoff(5, 5, base, max), "the first five cost nothing");
        assertEquals(Duration.ofSeconds(1), ThrottleRule.backoff(6, 5, base, max));
        assertEquals(Duration.ofSeconds(2), ThrottleRule.backoff(7, 5, base, max));
        assertEquals(Duration.ofSeconds(32), ThrottleRule.backoff(11, 5, base, max));
        assertEquals(max, ThrottleRule.backoff(12, 5, base, max), "64 s is above the ceiling");
        assertEquals(max, ThrottleRule.backoff(10_000, 5, base, max), "no overflow, never a lock");
    }

    @Test
    void theBackoffIsAWaitFromTheLastFailureNotALock() {
        Duration base = Duration.ofSeconds(1);
        Duration max = Duration.ofSeconds(300);
        // 25 failures from one address (20 free): 2^4 = 16 s after the last one
        assertEquals(Duration.ofSeconds(12), ThrottleRule.backoffWait(25, NOW.minusSeconds(4), 20, base, max, NOW));
        assertEquals(Duration.ZERO, ThrottleRule.backoffWait(25, NOW.minusSeconds(16), 20, base, max, NOW),
                "once the wait is over the next try is checked, the right password signs in");
        assertEquals(Duration.ZERO, ThrottleRule.backoffWait(3, NOW, 20, base, max, NOW));
    }

    @Test
    void retryAfterIsWholeSecondsRoundedUpAndNeverZero() {
        assertEquals(2, ThrottleRule.retryAfterSeconds(Duration.ofMillis(1200)));
        assertEquals(1, ThrottleRule.retryAfterSeconds(Duration.ofMillis(1)));
        assertEquals(60, ThrottleRule.retryAfterSeconds(Duration.ofSeconds(60)));
        assertTrue(ThrottleRule.retryAfterSeconds(Duration.ZERO) >= 1);
    }

    @Test
    void subjectsAreKeptAsDigestsAndMobilesMaskedInTheAudit() {
        assertEquals(64, Throttles.digest("09121234567").length());
        assertTrue(!Throttles.digest("09121234567").contains("0912"));
        assertEquals("0912•••4567", Throttles.mask("09121234567"));
    }
}
