package ir.khadamat.integration.simulated;

import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * One kind of partner as the simulator plays it: the partner codes it stands for, the operations it answers and
 * plausible answers to them. The same request gets the same answer ({@code random} is seeded from who the request
 * is about).
 */
public interface SimulatedPartner {

    Set<String> codes();

    /** The partner's answer; empty when the partner has no such operation (it refuses the request). */
    Optional<Map<String, String>> answer(String operation, Map<String, String> request, Random random);

    /** The first of these request values that is present. */
    static String firstOf(Map<String, String> request, String... names) {
        for (String n : names) {
            if (request.get(n) != null && !request.get(n).isBlank()) {
                return request.get(n);
            }
        }
        return null;
    }
}
