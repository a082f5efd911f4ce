/**
 * Throttles that slow abuse without locking people out (docs/security-throttle.md): caps per target and per client
 * address in sliding windows, cooldowns, locks after failed one-time codes, and a growing backoff after failed
 * sign-ins. The rules are plain Java ({@link ir.khadamat.throttle.ThrottleRule}); the counters are rows in the
 * database ({@link ir.khadamat.throttle.ThrottleEvent}) so every node sees the same ones; the limits are MicroProfile
 * Config settings ({@link ir.khadamat.throttle.ThrottleSettings}).
 */
package ir.khadamat.throttle;
