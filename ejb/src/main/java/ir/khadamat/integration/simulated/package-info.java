/**
 * The partners as the simulator plays them, one class per kind of partner the seed cards name (the judiciary, the
 * vocational-training organization, the bank, Diyeh HQ and support associations, the foreign ministry by letter):
 * plausible answers derived from the request, so the same request always gets the same answer.
 */
package ir.khadamat.integration.simulated;
