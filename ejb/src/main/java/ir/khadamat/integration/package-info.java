/**
 * Exchanges with other systems and agencies (§7, §8 of a card): one adapter per kind of partner behind
 * {@link ir.khadamat.integration.Partners}, simulators for the embedded default and tests, and the exchange log.
 */
package ir.khadamat.integration;
