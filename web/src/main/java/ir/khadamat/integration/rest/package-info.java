/**
 * Exchanges over REST: the exchange log and what waits for a batch or a reply, sending the queued batches now, and
 * the partner simulator served over HTTP (off unless {@code khadamat.simulator.token} is set).
 */
package ir.khadamat.integration.rest;
