package ir.khadamat.integration;

import ir.khadamat.settings.Settings;
import jakarta.enterprise.context.ApplicationScoped;

import ir.khadamat.integration.simulated.BankSimulation;
import ir.khadamat.integration.simulated.ForeignMinistrySimulation;
import ir.khadamat.integration.simulated.JudiciarySimulation;
import ir.khadamat.integration.simulated.ReferralSimulation;
import ir.khadamat.integration.simulated.SimulatedPartner;
import ir.khadamat.integration.simulated.VocationalTrainingSimulation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Every partner the seed cards name, simulated for the embedded default and the tests, one {@link SimulatedPartner}
 * per kind of partner: plausible answers derived from the request (the same request gets the same answer), a little latency, occasional failures at the rate of
 * {@code -Dkhadamat.simulator.failureRate} (0 by default), and a switch to take a partner down and back up.
 */
@ApplicationScoped
public class PartnerSimulator implements PartnerAdapter {

    /** One simulation per kind of partner. */
    static final List<SimulatedPartner> SIMULATIONS = List.of(new JudiciarySimulation(), new VocationalTrainingSimulation(),
            new BankSimulation(), new ReferralSimulation(), new ForeignMinistrySimulation());

    /** Every partner code the seed cards' processes name. */
    public static final Set<String> PARTNERS = SIMULATIONS.stream().flatMap(p -> p.codes().stream())
            .collect(Collectors.toUnmodifiableSet());

    private final Set<String> down = ConcurrentHashMap.newKeySet();
    private final Map<String, Integer> slow = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> calls = new ConcurrentHashMap<>();

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
        calls.computeIfAbsent(partner, p -> new AtomicLong()).incrementAndGet();
        latency(slow.getOrDefault(partner, 0));
        if (down.contains(partner)) {
            throw new PartnerUnavailable(partner, "connection refused (simulated outage)");
        }
        double failureRate = Settings.fraction("khadamat.simulator.failureRate", 0);
        if (failureRate > 0 && ThreadLocalRandom.current().nextDouble() < failureRate) {
            throw new PartnerUnavailable(partner, "timed out (simulated)");
        }
        String who = SimulatedPartner.firstOf(request, "nationalCode", "prisonerNumber", "visitorNationalCode",
                "requesterNationalCode");
        Random random = new Random(((who == null ? "" : who) + "|" + operation).hashCode());
        SimulatedPartner simulation = SIMULATIONS.stream().filter(p -> p.codes().contains(partner)).findFirst().orElseThrow();
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("partner", partner);
        answer.put("operation", operation);
        answer.putAll(simulation.answer(operation, request, random).orElseThrow(() ->
                new PartnerUnavailable(partner, "refused: it has no electronic operation '" + operation + "'")));
        return answer;
    }

    private static void latency(int slowMillis) {
        try {
            Thread.sleep(slowMillis > 0 ? slowMillis : ThreadLocalRandom.current().nextInt(5, 25));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
