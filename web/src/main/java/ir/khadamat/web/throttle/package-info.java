/**
 * Throttles at the web layer: the sign-in throttle in front of Elytron, the 429 answer with {@code Retry-After}, and the
 * demonstration's phones that show the one-time codes a mobile got ({@code -Dkhadamat.demo=true} only).
 */
package ir.khadamat.web.throttle;
