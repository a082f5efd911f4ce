package ir.khadamat.throttle;


import ir.khadamat.settings.Settings;
import java.time.Duration;

/**
 * The limits, as MicroProfile Config settings {@code khadamat.throttle.*} (a system property, an environment
 * variable such as {@code KHADAMAT_THROTTLE_CODE_COOLDOWN_SECONDS}, or any other config source), each with the default
 * docs/security-throttle.md gives. Read at each use, so a changed system property applies at once.
 */
public final class ThrottleSettings {

    private ThrottleSettings() {
    }

    /** A cap: at most {@code max} in a sliding window. */
    public record Cap(int max, Duration window) {
    }

    /** A backoff: free failures, then base doubled per failure up to max; failures forgotten after the window. */
    public record Backoff(int free, Duration base, Duration max, Duration window) {
    }

    // one-time codes
    public static Cap codesPerMobile() {
        return cap("code.per-mobile", 5, 3600);
    }

    public static Cap codesPerAddress() {
        return cap("code.per-address", 30, 3600);
    }

    public static Duration codeCooldown() {
        return seconds("code.cooldown-seconds", 60);
    }

    /** Failed codes for one mobile (whatever code was sent last) before the mobile is locked for the window. */
    public static Cap codeFailuresPerMobile() {
        return cap("code.failures.per-mobile", 10, 3600);
    }

    public static Cap codeFailuresPerAddress() {
        return cap("code.failures.per-address", 30, 3600);
    }

    // sign-in
    public static Backoff signInPerAccount() {
        return backoff("signin.per-account", 5, 1, 60);
    }

    public static Backoff signInPerAddress() {
        return backoff("signin.per-address", 20, 1, 300);
    }

    // lookups
    public static Cap trackPerAddress() {
        return cap("track.per-address", 60, 60);
    }

    public static Cap trackPerCode() {
        return cap("track.per-code", 30, 60);
    }

    public static Cap verifyPerAddress() {
        return cap("verify.per-address", 60, 60);
    }

    public static Cap verifyPerCode() {
        return cap("verify.per-code", 30, 60);
    }

    /** How long counted events are kept: the longest window. */
    public static Duration retention() {
        Duration longest = Duration.ofHours(1);
        for (Duration d : new Duration[]{codesPerMobile().window(), codesPerAddress().window(), codeFailuresPerMobile().window(),
                codeFailuresPerAddress().window(), signInPerAccount().window(), signInPerAddress().window(),
                trackPerAddress().window(), trackPerCode().window(), verifyPerAddress().window(), verifyPerCode().window()}) {
            if (d.compareTo(longest) > 0) {
                longest = d;
            }
        }
        return longest;
    }

    private static Cap cap(String name, int max, int windowSeconds) {
        return new Cap(integer(name + ".max", max), seconds(name + ".window-seconds", windowSeconds));
    }

    private static Backoff backoff(String name, int free, int baseSeconds, int maxSeconds) {
        return new Backoff(integer(name + ".free-failures", free), seconds(name + ".base-delay-seconds", baseSeconds),
                seconds(name + ".max-delay-seconds", maxSeconds), seconds(name + ".window-seconds", 900));
    }

    private static Duration seconds(String name, int fallback) {
        return Duration.ofSeconds(Math.max(1, integer(name, fallback)));
    }

    private static int integer(String name, int fallback) {
        return Settings.whole("khadamat.throttle." + name, fallback);
    }
}
