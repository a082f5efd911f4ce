package ir.khadamat.benchmark;

import ir.khadamat.runtime.CaseCaller;
import ir.khadamat.runtime.CaseEngine;
import ir.khadamat.runtime.CaseInbox;
import ir.khadamat.runtime.CaseView;
import ir.khadamat.runtime.CaseViews;
import ir.khadamat.runtime.cases.TrackingCode;
import ir.khadamat.testing.As;
import ir.khadamat.testing.CardPublisher;
import ir.khadamat.testing.Cards;
import ir.khadamat.testing.CaseVolume;
import ir.khadamat.testing.Deployments;
import ir.khadamat.testing.Http;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The runtime's benchmark, inside the server (it prints figures; it asserts only that the work was done):
 * cases of a three-step process created and moved to their end per second (the figure the benchmark module
 * compares with Flowable on the same database), then a load of {@code benchmark.volume} cases (1,000,000) across
 * the 31 provinces, and the p95 of a staff inbox page and of the public track-by-code lookup, with the number of SQL
 * statements an inbox page takes before and after the load.
 */
@ExtendWith(ArquillianExtension.class)
class RuntimeBenchmark {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(RuntimeBenchmark.class, CardPublisher.class, As.class, Http.class, Cards.class, CaseVolume.class,
                CaseVolume.Case.class, CaseVolume.Maker.class, CaseVolume.Loaded.class);
    }

    @Inject
    CardPublisher publisher;

    @EJB
    CaseEngine engine;

    @EJB
    CaseViews views;

    @EJB
    CaseInbox inbox;

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:jboss/datasources/KhadamatDS")
    DataSource dataSource;

    @Resource
    UserTransaction tx;

    private static int count(String property, int fallback) {
        return Integer.getInteger(property, fallback);
    }

    /** The three-step process both engines run: three forms by provincial staff, then the end. */
    static String threeSteps(String key) {
        StringBuilder steps = new StringBuilder();
        for (int i = 1; i <= 3; i++) {
            steps.append("{\"id\":\"step-").append(i).append("\",\"title\":\"مرحله ").append(i)
                    .append("\",\"kind\":\"FORM\",\"role\":\"province-staff\",\"fields\":[{\"name\":\"note\",\"label\":\"یادداشت\","
                            + "\"type\":\"TEXT\",\"required\":true}],\"next\":[{\"to\":\"")
                    .append(i < 3 ? "step-" + (i + 1) : "end").append("\"}]},");
        }
        steps.append("{\"id\":\"end\",\"title\":\"پایان\",\"kind\":\"END\",\"config\":{\"result\":\"done\"}}");
        return "{\"formatVersion\":1,\"cardKey\":\"" + key + "\",\"start\":\"step-1\",\"applicant\":\"staff\",\"subject\":\"person\","
                + "\"steps\":[" + steps + "]}";
    }

    private String publishThreeStepCard() throws Exception {
        String key = "tehran-bench-three-steps-" + System.nanoTime() % 100000; // a Tehran card: its key starts with the province
        return publisher.publish(Cards.card(key, "خدمت سه‌مرحله‌ای آزمون کارایی", "سنجش", "سه فرم پیاپی"),
                threeSteps(key));
    }

    /** One case started and moved through the three steps by the engine, as the screens and the REST API do it. */
    private CaseView runOneCase(String key) {
        CaseView c = engine.start(CaseCaller.staff(), key, null, new CaseEngine.StartRequest(null, null, null, null));
        for (int step = 1; step <= 3; step++) {
            c = engine.submit(CaseCaller.staff(), TrackingCode.of(c.trackingCode()), "step-" + step, Map.of("note", "انجام شد"), c.version());
        }
        return c;
    }

    @Test
    void throughputThenVolume() throws Exception {
        String key = publishThreeStepCard();
        int warmup = count("benchmark.warmup", 50);
        int cases = count("benchmark.throughput", 500);
        As.user("tehran-staff", () -> {
            for (int i = 0; i < warmup; i++) {
                runOneCase(key);
            }
            return null;
        });
        long start = System.nanoTime();
        CaseView last = As.user("tehran-staff", () -> {
            CaseView c = null;
            for (int i = 0; i < cases; i++) {
                c = runOneCase(key);
            }
            return c;
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        double perSecond = cases / seconds;
        assertEquals("done", last.result());
        System.out.printf("BENCHMARK khadamat engine: %d cases of a three-step process started and moved to their end in %.1f s: %.1f cases/s%n",
                cases, seconds, perSecond);
        Path out = Path.of(System.getProperty("benchmark.out", System.getProperty("java.io.tmpdir")));
        Files.createDirectories(out);
        Files.writeString(out.resolve("khadamat-throughput.txt"), String.valueOf(perSecond));

        // the inbox and the public lookup, before and after the volume load
        AtomicLong statements = countStatements();
        long before = statementsPerInboxPage(statements);
        int volume = count("benchmark.volume", 1_000_000);
        List<String> codes = load(key, volume);
        long after = statementsPerInboxPage(statements);
        System.out.printf("BENCHMARK SQL statements per inbox page: %d with a few cases, %d with %,d more cases%n", before, after, volume);

        Random random = new Random(7);
        List<Double> inboxMs = new ArrayList<>();
        As.user("tehran-staff", () -> {
            for (int i = 0; i < 220; i++) {
                long t = System.nanoTime();
                CaseInbox.Page page = inbox.inbox(null, false, random.nextInt(50), 20);
                if (i >= 20) {
                    inboxMs.add((System.nanoTime() - t) / 1e6);
                }
                assertTrue(page.items().size() > 0);
            }
            return null;
        });
        List<Double> trackMs = new ArrayList<>();
        for (int i = 0; i < 220; i++) {
            String code = codes.get(random.nextInt(codes.size()));
            long t = System.nanoTime();
            views.track(TrackingCode.of(code));
            if (i >= 20) {
                trackMs.add((System.nanoTime() - t) / 1e6);
            }
        }
        System.out.printf("BENCHMARK staff inbox page (20 of a province's cases, %,d cases in all): p50 %.1f ms, p95 %.1f ms%n",
                volume, percentile(inboxMs, 50), percentile(inboxMs, 95));
        System.out.printf("BENCHMARK public track-by-code lookup: p50 %.1f ms, p95 %.1f ms%n",
                percentile(trackMs, 50), percentile(trackMs, 95));
    }

    private long statementsPerInboxPage(AtomicLong statements) throws Exception {
        return As.user("tehran-staff", () -> {
            inbox.inbox(null, false, 0, 20);
            long start = statements.get();
            inbox.inbox(null, false, 1, 20);
            return statements.get() - start;
        });
    }

    /** Counts every SQL statement EclipseLink sends from now on (a listener on the persistence unit's session). */
    private AtomicLong countStatements() {
        AtomicLong counter = new AtomicLong();
        Session session = JpaHelper.getServerSession(em.getEntityManagerFactory());
        session.getEventManager().addListener(new SessionEventAdapter() {
                    @Override
                    public void postExecuteCall(SessionEvent event) {
                        counter.incrementAndGet();
                    }
                });
        return counter;
    }

    /** Inserts open cases of the card across the 31 provinces (CaseVolume); returns a sample of their tracking codes. */
    private List<String> load(String key, int volume) throws Exception {
        CaseVolume.Loaded loaded = CaseVolume.load(tx, dataSource, volume, 42, CaseVolume.openCases(key));
        System.out.printf("BENCHMARK volume load: %,d cases across the 31 provinces in %.1f s (then VACUUM ANALYZE)%n",
                volume, loaded.seconds());
        return loaded.sample();
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
