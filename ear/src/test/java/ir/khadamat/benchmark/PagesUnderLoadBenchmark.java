package ir.khadamat.benchmark;

import ir.khadamat.runtime.CaseCaller;
import ir.khadamat.runtime.CaseEngine;
import ir.khadamat.testing.As;
import ir.khadamat.testing.CardPublisher;
import ir.khadamat.testing.Cards;
import ir.khadamat.testing.Deployments;
import ir.khadamat.testing.Http;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pages people use most, under load (it prints figures; it asserts only that every page answered as it
 * should): 20 staff at once, each signed in with a session of their own, on the inbox and a case page, and 50
 * citizens at once on the catalogue and the tracking page, over loopback, each client doing a fixed number of
 * requests one after the other (a closed, bounded load); printed per page beside the same page for one user alone.
 * Target: p95 ≤ 150 ms per page under load, no errors.
 * <p>
 * The citizens all come from this machine's one address, so the tracking throttle (60 lookups a minute per address,
 * 30 per code) is raised for the run and restored after it: in service they come from many.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PagesUnderLoadBenchmark {

    private static final int STAFF = 20;
    private static final int CITIZENS = 50;
    private static final int REQUESTS_EACH = 40;
    private static final int CASES = 100;
    private static final List<String> THROTTLE = List.of("khadamat.throttle.track.per-address.max",
            "khadamat.throttle.track.per-code.max");

    enum Page {
        INBOX("id=\"cases\""), CASE("id=\"case-title\""), CATALOGUE("id=\"catalog-results\""), TRACKING("id=\"tracking\"");

        /** What the page shows when it answered as it should (an error page or a refusal has none of it). */
        final String marker;

        Page(String marker) {
            this.marker = marker;
        }
    }

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(PagesUnderLoadBenchmark.class, CardPublisher.class, As.class, Http.class, Cards.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    CardPublisher publisher;

    @EJB
    CaseEngine engine;

    /** In the server: a published three-step service with open cases in Tehran, and the tracking throttle raised. */
    @Test
    @Order(1)
    void openCases() throws Exception {
        String key = "tehran-bench-pages-" + System.nanoTime() % 100000;
        publisher.publish(Cards.card(key, "خدمت آزمون بار صفحه‌ها", "سنجش", "سه فرم پیاپی"), Cards.threeForms(key));
        As.user("tehran-staff", () -> {
            for (int i = 0; i < CASES; i++) {
                engine.start(CaseCaller.staff(), key, null, new CaseEngine.StartRequest(null, null, null, "bench-" + i));
            }
            return null;
        });
        THROTTLE.forEach(setting -> System.setProperty(setting, "1000000"));
    }

    @Test
    @Order(2)
    @RunAsClient
    void pagesAloneAndUnderLoad() throws Exception {
        Http staff = new Http(base).signedIn("tehran-staff");
        List<String> codes = new ArrayList<>();
        for (JsonObject c : staff.get("/api/cases?size=" + CASES).json().getJsonArray("items").getValuesAs(JsonObject.class)) {
            codes.add(c.getString("trackingCode"));
        }
        assertTrue(codes.size() >= CASES / 2, "open cases to show: " + codes.size());

        // one user alone: each page, warm
        Http citizen = new Http(base).browsing();
        Map<Page, List<Double>> alone = new EnumMap<>(Page.class);
        for (int i = 0; i < 120; i++) {
            String code = codes.get(i % codes.size());
            for (Page page : Page.values()) {
                double ms = time(page == Page.INBOX || page == Page.CASE ? staff : citizen, page, code, new AtomicInteger());
                if (i >= 40) { // the first 40 warm up
                    alone.computeIfAbsent(page, p -> new ArrayList<>()).add(ms);
                }
            }
        }

        // 20 staff and 50 citizens at once
        List<Http> staffSessions = new ArrayList<>();
        for (int i = 0; i < STAFF; i++) {
            staffSessions.add(new Http(base).signedIn("tehran-staff"));
        }
        Map<Page, ConcurrentLinkedQueue<Double>> loaded = new ConcurrentHashMap<>();
        Map<Page, AtomicInteger> errors = new ConcurrentHashMap<>();
        for (Page page : Page.values()) {
            loaded.put(page, new ConcurrentLinkedQueue<>());
            errors.put(page, new AtomicInteger());
        }
        ExecutorService pool = Executors.newFixedThreadPool(STAFF + CITIZENS);
        long start = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int u = 0; u < STAFF + CITIZENS; u++) {
                int user = u;
                running.add(pool.submit(() -> {
                    boolean isStaff = user < STAFF;
                    Http client = isStaff ? staffSessions.get(user) : new Http(base).browsing();
                    for (int r = 0; r < REQUESTS_EACH; r++) {
                        Page page = isStaff ? (r % 2 == 0 ? Page.INBOX : Page.CASE) : (r % 2 == 0 ? Page.CATALOGUE : Page.TRACKING);
                        String code = codes.get((user * REQUESTS_EACH + r) % codes.size());
                        loaded.get(page).add(time(client, page, code, errors.get(page)));
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int total = (STAFF + CITIZENS) * REQUESTS_EACH;
        System.out.printf("BENCHMARK pages under load: %d staff and %d citizens at once, %d requests each, %d in %.1f s"
                + " (%.0f pages/s), loopback%n", STAFF, CITIZENS, REQUESTS_EACH, total, seconds, total / seconds);
        int failed = 0;
        for (Page page : Page.values()) {
            List<Double> under = new ArrayList<>(loaded.get(page));
            failed += errors.get(page).get();
            System.out.printf("BENCHMARK page %-9s alone: p50 %5.1f ms, p95 %5.1f ms; under load: p50 %5.1f ms, p95 %5.1f ms,"
                            + " max %5.1f ms, %d requests, %d errors (target p95 <= 150 ms, no errors)%n", page.name().toLowerCase(),
                    percentile(alone.get(page), 50), percentile(alone.get(page), 95), percentile(under, 50),
                    percentile(under, 95), Collections.max(under), under.size(), errors.get(page).get());
        }
        assertEquals(0, failed, "every page answered as it should under load");
    }

    /** In the server: the tracking throttle as configured again. */
    @Test
    @Order(3)
    void throttleRestored() {
        THROTTLE.forEach(System::clearProperty);
        assertTrue(THROTTLE.stream().noneMatch(s -> System.getProperty(s) != null));
    }

    /** One page asked for and answered; an answer that is not the page (a status, an error, a refusal) is counted. */
    private static double time(Http client, Page page, String code, AtomicInteger errors) {
        String path = switch (page) {
            case INBOX -> "/workspace/inbox.xhtml";
            case CASE -> "/workspace/case.xhtml?code=" + code;
            case CATALOGUE -> "/index.xhtml";
            case TRACKING -> "/track.xhtml?code=" + code;
        };
        long t = System.nanoTime();
        Http.Reply reply = client.page(path);
        double ms = (System.nanoTime() - t) / 1e6;
        if (reply.status() != 200 || !reply.body().contains(page.marker)) {
            errors.incrementAndGet();
        }
        return ms;
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
