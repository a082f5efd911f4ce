/**
 * The application's timers in a cluster (docs/operations.md): every server's EJB timer fires, and {@link
 * ir.khadamat.schedule.TimerRounds} lets one of them run each round, by a row of the database moved on in one
 * statement. A server that dies in a round leaves the next one to another; what a round does item by item is claimed
 * item by item ({@code FOR UPDATE SKIP LOCKED}), so a half-done round's rest is taken over, not done twice.
 */
package ir.khadamat.schedule;
