/**
 * SMS and email through the outbox (صندوق ارسال), stored in the case's transaction so a message goes if and only if
 * its step is done; and the embedded demonstration's mode and stand-in phones ({@code -Dkhadamat.demo=true} only).
 */
package ir.khadamat.runtime.notification;
