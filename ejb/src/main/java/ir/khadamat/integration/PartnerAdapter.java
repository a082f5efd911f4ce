package ir.khadamat.integration;

import java.util.Map;

/**
 * One kind of partner system (the judiciary's case management, the vocational-training organization, the bank,
 * Diyeh HQ and support associations, the foreign ministry by letter). {@code call} runs one operation with the
 * case's values and returns the partner's answer as named values.
 */
public interface PartnerAdapter {

    /** The partner codes this adapter serves (as process definitions name them). */
    java.util.Set<String> partners();

    Map<String, String> call(String partner, String operation, Map<String, String> request) throws PartnerUnavailable;
}
