package ir.khadamat.integration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One kind of partner system (the judiciary's case management, the vocational-training organization, the bank,
 * Diyeh HQ and support associations, the foreign ministry by letter). {@code call} runs one operation with the
 * case's values and returns the partner's answer as named values; {@code callBatch} sends many requests of one
 * operation at once and returns the answers in the same order.
 */
public interface PartnerAdapter {

    Map<String, String> call(String partner, String operation, Map<String, String> request) throws PartnerUnavailable;

    /** A batch: all answered or, if the partner fails, none (the whole batch is sent again later). */
    default List<Map<String, String>> callBatch(String partner, String operation, List<Map<String, String>> requests)
            throws PartnerUnavailable {
        List<Map<String, String>> answers = new ArrayList<>();
        for (Map<String, String> request : requests) {
            answers.add(call(partner, operation, request));
        }
        return answers;
    }
}
