package ir.khadamat.integration.simulated;

import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The foreign ministry (وزارت امور خارجه) corresponds on paper (the transfer card's §8: «مکاتبه کاغذی»): it has
 * no electronic operation, so an online or batch call is refused. Its letters are issued and answered by hand.
 */
public class ForeignMinistrySimulation implements SimulatedPartner {

    @Override
    public Set<String> codes() {
        return Set.of("foreign-ministry");
    }

    @Override
    public Optional<Map<String, String>> answer(String operation, Map<String, String> request, Random random) {
        return Optional.empty();
    }
}
