package ir.khadamat.integration.simulated;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Diyeh headquarters (ستاد دیه), prisoner-support associations (انجمن حمایت از زندانیان) and the relief committee
 * (کمیته امداد): a prisoner or family referred, and what became of the referral.
 */
public class ReferralSimulation implements SimulatedPartner {

    private static final String[] OUTCOMES = {"پذیرفته شد؛ در نوبت بررسی", "پذیرفته شد؛ کمک مالی تصویب شد",
            "پذیرفته شد؛ معرفی به خیّرین", "نیازمند مدارک تکمیلی"};

    @Override
    public Set<String> codes() {
        return Set.of("diyeh-hq", "support-association", "relief-committee");
    }

    @Override
    public Optional<Map<String, String>> answer(String operation, Map<String, String> request, Random random) {
        if (!operation.equals("referral") && !operation.equals("referral-outcome")) {
            return Optional.empty();
        }
        Map<String, String> a = new LinkedHashMap<>();
        a.put("referralNumber", "R-" + (10_000 + random.nextInt(90_000)));
        a.put("accepted", "true");
        a.put("referralOutcome", OUTCOMES[random.nextInt(OUTCOMES.length)]);
        return Optional.of(a);
    }
}
