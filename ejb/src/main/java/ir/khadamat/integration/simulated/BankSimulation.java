package ir.khadamat.integration.simulated;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The bank's electronic purchase and payment system (سامانه خرید و پرداخت الکترونیکی): prisoners' wages paid
 * into their accounts, and the payments they make.
 */
public class BankSimulation implements SimulatedPartner {

    @Override
    public Set<String> codes() {
        return Set.of("bank-pasargad");
    }

    @Override
    public Optional<Map<String, String>> answer(String operation, Map<String, String> request, Random random) {
        if (!operation.equals("wage-payment") && !operation.equals("payment")) {
            return Optional.empty();
        }
        Map<String, String> a = new LinkedHashMap<>();
        a.put("transactionId", "PSG" + (100_000_000 + random.nextInt(900_000_000)));
        a.put("account", "IR" + String.format("%02d", random.nextInt(100)) + "0570" + String.format("%018d",
                Math.abs(random.nextLong()) % 1_000_000_000_000_000_000L));
        String amount = SimulatedPartner.firstOf(request, "amountRials", "wageRials", "monthlyWage");
        if (amount != null) {
            a.put("amountRials", amount.replaceAll("[^0-9۰-۹]", ""));
        }
        a.put("settled", "true");
        return Optional.of(a);
    }
}
