package ir.khadamat.integration;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Every partner the seed cards name, simulated for the embedded default and the tests: plausible answers derived
 * from the request (the same request gets the same answer), a little latency, occasional failures at the rate of
 * {@code -Dkhadamat.simulator.failureRate} (0 by default), and a switch to take a partner down and back up.
 */
@ApplicationScoped
public class PartnerSimulator implements PartnerAdapter {

    public static final Set<String> PARTNERS = Set.of("judiciary-cms", "prisoners-judicial-system", "tvto", "bank-pasargad",
            "diyeh-hq", "support-association", "relief-committee", "foreign-ministry");

    private final Set<String> down = ConcurrentHashMap.newKeySet();
    private final Map<String, Integer> slow = new ConcurrentHashMap<>();
    private final Map<String, java.util.concurrent.atomic.AtomicLong> calls = new ConcurrentHashMap<>();

    /** Takes a simulated partner down (every call fails) or brings it back. */
    public void setDown(String partner, boolean isDown) {
        if (isDown) {
            down.add(partner);
        } else {
            down.remove(partner);
        }
    }

    public boolean isDown(String partner) {
        return down.contains(partner);
    }

    /** Makes a simulated partner answer only after the given time (0: its usual few milliseconds). */
    public void setSlow(String partner, int millis) {
        if (millis <= 0) {
            slow.remove(partner);
        } else {
            slow.put(partner, millis);
        }
    }

    /** How many calls a simulated partner received, answered or not. */
    public long calls(String partner) {
        var count = calls.get(partner);
        return count == null ? 0 : count.get();
    }

    @Override
    public Map<String, String> call(String partner, String operation, Map<String, String> request) throws PartnerUnavailable {
        if (!PARTNERS.contains(partner)) {
            throw new PartnerUnavailable(partner, "no such partner");
        }
        calls.computeIfAbsent(partner, p -> new java.util.concurrent.atomic.AtomicLong()).incrementAndGet();
        latency(slow.getOrDefault(partner, 0));
        if (down.contains(partner)) {
            throw new PartnerUnavailable(partner, "connection refused (simulated outage)");
        }
        double failureRate = Double.parseDouble(System.getProperty("khadamat.simulator.failureRate", "0"));
        if (failureRate > 0 && ThreadLocalRandom.current().nextDouble() < failureRate) {
            throw new PartnerUnavailable(partner, "timed out (simulated)");
        }
        String who = firstOf(request, "nationalCode", "prisonerNumber", "visitorNationalCode", "requesterNationalCode");
        int seed = Math.abs((who == null ? operation : who).hashCode());
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("partner", partner);
        answer.put("operation", operation);
        switch (partner) {
            case "judiciary-cms", "prisoners-judicial-system" -> {
                answer.put("caseNumber", "9" + String.format("%09d", seed % 1_000_000_000));
                answer.put("court", "شعبه " + (1 + seed % 120) + " دادگاه کیفری");
                answer.put("status", seed % 5 == 0 ? "محکوم قطعی" : "در حال رسیدگی");
                answer.put("eligible", seed % 7 == 0 ? "false" : "true");
            }
            case "tvto" -> {
                answer.put("courseCode", "TV-" + (1000 + seed % 9000));
                answer.put("registered", "true");
            }
            case "bank-pasargad" -> {
                answer.put("transactionId", "PSG" + (100000 + seed % 900000));
                answer.put("settled", "true");
            }
            case "diyeh-hq", "support-association", "relief-committee" -> {
                answer.put("referralNumber", "R-" + (10000 + seed % 90000));
                answer.put("accepted", "true");
            }
            case "foreign-ministry" -> {
                answer.put("letterNumber", "FM/" + (1000 + seed % 9000));
                answer.put("note", "نامه ارسال شد؛ پاسخ به صورت دستی ثبت می‌شود");
            }
            default -> {
            }
        }
        return answer;
    }

    private static String firstOf(Map<String, String> request, String... names) {
        for (String n : names) {
            if (request.get(n) != null) {
                return request.get(n);
            }
        }
        return null;
    }

    private static void latency(int slowMillis) {
        try {
            Thread.sleep(slowMillis > 0 ? slowMillis : ThreadLocalRandom.current().nextInt(5, 25));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
