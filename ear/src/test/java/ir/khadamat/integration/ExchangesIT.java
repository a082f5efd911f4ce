package ir.khadamat.integration;

import ir.khadamat.integration.ExchangeContext;
import ir.khadamat.integration.PartnerSimulator;
import ir.khadamat.integration.PartnerUnavailable;
import ir.khadamat.integration.Partners;
import ir.khadamat.platform.RuntimeTimers;
import ir.khadamat.runtime.BatchExchanges;
import ir.khadamat.runtime.CaseCaller;
import ir.khadamat.runtime.CaseEngine;
import ir.khadamat.runtime.CaseMove;
import ir.khadamat.runtime.CaseView;
import ir.khadamat.runtime.CaseViews;
import ir.khadamat.runtime.cases.CaseStatus;
import ir.khadamat.runtime.cases.TrackingCode;
import ir.khadamat.testing.As;
import ir.khadamat.testing.CardPublisher;
import ir.khadamat.testing.Cards;
import ir.khadamat.testing.Deployments;
import ir.khadamat.testing.Http;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.security.PrivilegedActionException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.security.PrivilegedExceptionAction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.wildfly.security.auth.server.SecurityIdentity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Exchanges with partners inside the server: partners going down in the middle of a run of many cases (online and
 * batch links), and the real HTTP client against the simulator served over HTTP, with its timeouts and retries.
 */
@ExtendWith(ArquillianExtension.class)
class ExchangesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(ExchangesIT.class, CardPublisher.class, As.class, Http.class, Cards.class);
    }

    @EJB
    CaseEngine engine;

    @EJB
    CaseViews views;

    @Inject
    CardPublisher publisher;

    @EJB
    BatchExchanges batches;

    @EJB
    RuntimeTimers timers;

    @EJB
    Partners partners;

    @Inject
    PartnerSimulator simulator;

    @Test
    void everyCaseEndsOnceWhenPartnersGoDownInTheMiddleOfARun() throws Exception {
        String key = publisher.publishWithSteps("outage",
                "{\"id\":\"s1\",\"title\":\"استعلام قضایی\",\"kind\":\"INQUIRY\",\"role\":\"system\",\"config\":"
                        + "{\"partner\":\"judiciary-cms\",\"operation\":\"judicial-record\",\"mode\":\"online\"},\"next\":[{\"to\":\"s2\"}]},"
                        + "{\"id\":\"s2\",\"title\":\"اعلام به فنی و حرفه‌ای\",\"kind\":\"INQUIRY\",\"role\":\"system\",\"config\":"
                        + "{\"partner\":\"tvto\",\"operation\":\"grade-report\",\"mode\":\"batch\"},\"next\":[{\"to\":\"end\"}]}");
        int cases = 40;
        var staff = As.identity("tehran-staff");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<String> codes = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger started = new AtomicInteger();
        List<Future<?>> runs = new ArrayList<>();
        try {
            for (int i = 0; i < cases; i++) {
                runs.add(pool.submit(() -> {
                    if (started.incrementAndGet() == cases / 4) { // a quarter into the run, both partners go down
                        simulator.setDown("judiciary-cms", true);
                        simulator.setDown("tvto", true);
                    }
                    CaseMove c = staff.runAs((PrivilegedExceptionAction<CaseMove>) () -> engine.start(CaseCaller.staff(), key, null,
                            new CaseEngine.StartRequest("tehran-greater-prison", null, null, null)));
                    codes.add(c.trackingCode());
                    return null;
                }));
            }
            for (Future<?> f : runs) {
                f.get();
            }
            assertEquals(cases, codes.size());
            long waitingOnline = codes.stream().map(this::find).filter(c -> "judiciary-cms".equals(c.waitingFor())).count();
            assertTrue(waitingOnline > 0, "cases started during the outage wait for the judiciary");
            assertTrue(codes.stream().map(this::find).allMatch(c -> c.status() == CaseStatus.WAITING),
                    "no case got past the batch while it is not sent");
            BatchExchanges.Round failed = As.user("sysadmin", () -> batches.sendNow());
            assertEquals(0, failed.answered(), "the batch partner is down: nothing answered");
            assertTrue(failed.failed().contains("tvto/grade-report"));
            timers.retryWaitingCases(); // the judiciary still down: the waiting cases keep waiting
        } finally {
            simulator.setDown("judiciary-cms", false);
            simulator.setDown("tvto", false);
            pool.shutdown();
        }
        // the partners are back: the retry timer (also running on its own) and the batch schedule take the cases on
        for (int round = 0; round < 20 && !codes.stream().map(this::find).allMatch(c -> c.status() == CaseStatus.CLOSED); round++) {
            timers.retryWaitingCases();
            As.user("sysadmin", () -> batches.sendNow());
            Thread.sleep(500);
        }
        long failures = 0;
        for (String code : codes) {
            CaseView c = find(code);
            assertEquals(CaseStatus.CLOSED, c.status(), code + " ended");
            assertEquals(1, c.history().stream().filter(e -> e.action().equals("CLOSED")).count(), code + " ended once");
            assertEquals(1, c.exchanges().stream().filter(x -> x.partner().equals("judiciary-cms") && x.outcome().equals("OK")).count(),
                    code + ": the judiciary answered once");
            assertEquals(1, c.exchanges().stream().filter(x -> x.partner().equals("tvto") && x.outcome().equals("OK")).count(),
                    code + ": its request went in one answered batch");
            assertEquals(1, c.history().stream().filter(e -> "s2".equals(e.step()) && e.action().equals("DONE")).count());
            failures += c.exchanges().stream().filter(x -> x.outcome().equals("FAILED")).count();
        }
        assertTrue(failures > 0, "the outage is in the log");
    }

    @Test
    void theHttpClientCallsARealEndpointWithTimeoutsAndRetries() throws Exception {
        String partner = "bank-pasargad";
        String url = "http://127.0.0.1:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0))
                + "/api/partner-simulator/" + partner;
        System.setProperty("khadamat.simulator.token", "it-secret");
        System.setProperty("khadamat.partner." + partner + ".url", url);
        System.setProperty("khadamat.partner." + partner + ".token", "it-secret");
        System.setProperty("khadamat.partner." + partner + ".attempts", "3");
        System.setProperty("khadamat.partner." + partner + ".backoffMs", "50");
        System.setProperty("khadamat.partner." + partner + ".readTimeoutMs", "700");
        ExchangeContext context = new ExchangeContext(null, null, "tehran", "it");
        try {
            long before = simulator.calls(partner);
            Map<String, String> answer = partners.call(context, partner, "wage-payment", Map.of("prisonerNumber", "T123"));
            assertTrue(answer.get("transactionId").startsWith("PSG"), answer.toString());
            assertEquals(before + 1, simulator.calls(partner), "answered over HTTP at the first attempt");

            List<Map<String, String>> batch = partners.callBatch(List.of(context, context, context), partner, "wage-payment",
                    List.of(Map.of("prisonerNumber", "T1"), Map.of("prisonerNumber", "T2"), Map.of("prisonerNumber", "T3")));
            assertEquals(3, batch.size(), "a batch is answered in order");
            assertEquals("settled", batch.get(2).keySet().stream().filter("settled"::equals).findFirst().orElseThrow());

            simulator.setDown(partner, true);
            long down = simulator.calls(partner);
            PartnerUnavailable refused = assertThrows(PartnerUnavailable.class,
                    () -> partners.call(context, partner, "wage-payment", Map.of("prisonerNumber", "T124")));
            assertTrue(refused.getMessage().contains("503"), refused.getMessage());
            assertEquals(down + 3, simulator.calls(partner), "503: tried three times, with backoff");
            simulator.setDown(partner, false);

            simulator.setSlow(partner, 2000);
            long slow = simulator.calls(partner);
            assertThrows(PartnerUnavailable.class, () -> partners.call(context, partner, "wage-payment", Map.of("prisonerNumber", "T125")));
            assertEquals(slow + 3, simulator.calls(partner), "timed out: tried three times");
            simulator.setSlow(partner, 0);

            System.setProperty("khadamat.partner." + partner + ".token", "wrong");
            long wrong = simulator.calls(partner);
            PartnerUnavailable unauthorized = assertThrows(PartnerUnavailable.class,
                    () -> partners.call(context, partner, "wage-payment", Map.of("prisonerNumber", "T126")));
            assertTrue(unauthorized.getMessage().contains("401"), unauthorized.getMessage());
            assertEquals(wrong, simulator.calls(partner), "refused credentials are not tried again");
        } finally {
            simulator.setDown(partner, false);
            simulator.setSlow(partner, 0);
            for (String name : List.of("url", "token", "attempts", "backoffMs", "readTimeoutMs")) {
                System.clearProperty("khadamat.partner." + partner + "." + name);
            }
            System.clearProperty("khadamat.simulator.token");
        }
    }

    private SecurityIdentity staff;

    /** The case as Tehran's staff see it (signed in once: a password check per read would dominate the test). */
    private CaseView find(String code) {
        if (staff == null) {
            staff = As.identity("tehran-staff");
        }
        try {
            return staff.runAs((PrivilegedExceptionAction<CaseView>) () -> views.find(CaseCaller.staff(), TrackingCode.of(code)));
        } catch (PrivilegedActionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
