package ir.khadamat.benchmark;

import ir.khadamat.runtime.CaseCaller;
import ir.khadamat.runtime.CaseEngine;
import ir.khadamat.runtime.CaseInbox;
import ir.khadamat.runtime.CaseMove;
import ir.khadamat.runtime.CaseViews;
import ir.khadamat.runtime.cases.CaseStatus;
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
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.wildfly.security.auth.server.SecurityIdentity;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
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
        return Deployments.applicationWith(RuntimeBenchmark.class, InboxAndTracking.class, CardPublisher.class, As.class, Http.class, Cards.class, CaseVolume.class,
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

    private String publishThreeStepCard() throws Exception {
        String key = "tehran-bench-three-steps-" + System.nanoTime() % 100000; // a Tehran card: its key starts with the province
        return publisher.publish(Cards.card(key, "خدمت سه‌مرحله‌ای آزمون کارایی", "سنجش", "سه فرم پیاپی"),
                Cards.threeForms(key));
    }

    /** One case started and moved through the three steps by the engine, as the screens and the REST API do it. */
    private CaseMove runOneCase(String key) {
        CaseMove c = engine.start(CaseCaller.staff(), key, null, new CaseEngine.StartRequest(null, null, null, null));
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
        CaseMove last = As.user("tehran-staff", () -> {
            CaseMove c = null;
            for (int i = 0; i < cases; i++) {
                c = runOneCase(key);
            }
            return c;
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        double perSecond = cases / seconds;
        assertEquals(CaseStatus.CLOSED, last.status());
        System.out.printf("BENCHMARK khadamat engine: %d cases of a three-step process started and moved to their end in %.1f s: %.1f cases/s%n",
                cases, seconds, perSecond);
        Path out = Path.of(System.getProperty("benchmark.out", System.getProperty("java.io.tmpdir")));
        Files.createDirectories(out);
        Files.writeString(out.resolve("khadamat-throughput.txt"), String.valueOf(perSecond));

        // the inbox and the public lookup, before and after the volume load
        long before = InboxAndTracking.statementsPerInboxPage(inbox, em.getEntityManagerFactory());
        int volume = count("benchmark.volume", 1_000_000);
        List<String> codes = load(key, volume);
        long after = InboxAndTracking.statementsPerInboxPage(inbox, em.getEntityManagerFactory());
        System.out.printf("BENCHMARK SQL statements per inbox page: %d with a few cases, %d with %,d more cases%n", before, after, volume);
        InboxAndTracking.measure(inbox, views, em.getEntityManagerFactory(), codes, volume);
    }

    /**
     * The engine beside the floor: the same three-step case as the database's own statements over plain JDBC (insert
     * the case and its event; then three transactions, each updating the case and appending an event), with 1, 4 and
     * 8 clients at once, three rounds each, engine and floor alternated in each round. Prints each rate and the
     * engine's share of the floor (targets: at least 0.8 with one client, 0.7 with 4 and 8).
     */
    @Test
    void theEngineBesideTheSqlFloor() throws Exception {
        String key = publishThreeStepCard();
        SecurityIdentity staff = As.identity("tehran-staff"); // signed in once: a sign-in checks a bcrypt hash
        Callable<Object> engineCase = () -> staff.runAs((java.security.PrivilegedExceptionAction<Object>) () -> runOneCase(key));
        Callable<Object> floorCase = () -> {
            floorCase(key);
            return null;
        };
        int cases = count("benchmark.floor.cases", 200);
        rate(2, 50, engineCase);
        rate(2, 50, floorCase);
        StringBuilder rates = new StringBuilder(); // for the Flowable benchmark: Khadamat's rates by clients
        for (int clients : new int[]{1, 4, 8}) {
            List<String> rounds = new ArrayList<>();
            List<Double> shares = new ArrayList<>();
            rates.append(clients);
            for (int round = 0; round < 3; round++) {
                double floor = rate(clients, cases, floorCase);
                double engine = rate(clients, cases, engineCase);
                shares.add(engine / floor);
                rounds.add(String.format("floor %.0f, khadamat %.0f", floor, engine));
                rates.append(' ').append(engine);
            }
            rates.append('\n');
            Collections.sort(shares);
            System.out.printf("BENCHMARK engine beside the SQL floor, %d client(s), %d cases a round, cases/s: %s;"
                            + " khadamat/floor %.2f to %.2f, median %.2f (target >= %.1f)%n", clients, cases,
                    String.join("; ", rounds), shares.get(0), shares.get(2), shares.get(1), clients == 1 ? 0.8 : 0.7);
        }
        Path out = Path.of(System.getProperty("benchmark.out", System.getProperty("java.io.tmpdir")));
        Files.createDirectories(out);
        Files.writeString(out.resolve("khadamat-clients.txt"), rates);
        profile(engineCase, floorCase, cases);
        CaseVolume.count(tx, dataSource); // the floor's cases went past the engine: the daily counts take them in
    }

    /**
     * Where the engine's time goes, by the database's own statistics: each side's cases run alone with one client,
     * then what {@code pg_stat_statements} counted — statements a case, and the time the database spent on them beside
     * the time a case took. Printed only where the extension is loaded (shared_preload_libraries); the number of
     * statements EclipseLink sent a case is printed always.
     */
    private void profile(Callable<Object> engineCase, Callable<Object> floorCase, int cases) throws Exception {
        boolean statistics = statementStatistics();
        for (Map.Entry<String, Callable<Object>> side : Map.of("floor", floorCase, "khadamat", engineCase).entrySet()) {
            AtomicLong sent = new AtomicLong();
            SessionEventAdapter listener = countStatements(sent);
            if (statistics) {
                sql("SELECT pg_stat_statements_reset()");
            }
            long start = System.nanoTime();
            rate(1, cases, side.getValue());
            double caseMs = (System.nanoTime() - start) / 1e6 / cases;
            JpaHelper.getServerSession(em.getEntityManagerFactory()).getEventManager().removeListener(listener);
            StringBuilder report = new StringBuilder(String.format("BENCHMARK where a case's time goes, %s: %.2f ms a case,"
                    + " %.1f statements a case sent by EclipseLink", side.getKey(), caseMs, sent.get() / (double) cases));
            if (statistics) {
                try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                        "SELECT calls, total_exec_time, query FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database"
                                + " WHERE datname = current_database()) AND query NOT LIKE '%pg_stat_statements%'"
                                + " ORDER BY calls DESC, total_exec_time DESC")) {
                    double calls = 0;
                    double ms = 0;
                    StringBuilder top = new StringBuilder();
                    try (var rows = s.executeQuery()) {
                        for (int i = 0; rows.next(); i++) {
                            calls += rows.getLong(1);
                            ms += rows.getDouble(2);
                            if (rows.getLong(1) >= cases / 2) {
                                String query = rows.getString(3).replaceAll("\\s+", " ");
                                top.append(String.format("%n    %5.2f a case, %.3f ms each: %s", rows.getLong(1) / (double) cases,
                                        rows.getDouble(2) / Math.max(1, rows.getLong(1)),
                                        query.length() > 150 ? query.substring(0, 150) + "…" : query));
                            }
                        }
                    }
                    report.append(String.format("; pg_stat_statements: %.1f statements a case (commits included),"
                            + " %.2f ms of the database's time a case; the statements run at least every other case:%s", calls / cases, ms / cases, top));
                }
            }
            System.out.println(report);
        }
    }

    /** Whether the database keeps statement statistics (PostgreSQL with pg_stat_statements loaded). */
    private boolean statementStatistics() {
        try {
            sql("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            sql("SELECT pg_stat_statements_reset()");
            return true;
        } catch (SQLException e) {
            System.out.println("BENCHMARK where a case's time goes: no pg_stat_statements here (" + e.getMessage().lines().findFirst().orElse("")
                    + "); on PostgreSQL, shared_preload_libraries = 'pg_stat_statements' prints the database's own figures");
            return false;
        }
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(statement)) {
            s.execute();
        }
    }

    /** Cases a second when {@code clients} threads do {@code cases} of them between them. */
    private static double rate(int clients, int cases, Callable<Object> oneCase) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger left = new AtomicInteger(cases);
        long start = System.nanoTime();
        try {
            List<Future<Object>> running = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                running.add(pool.submit(() -> {
                    while (left.getAndDecrement() > 0) {
                        oneCase.call();
                    }
                    return null;
                }));
            }
            for (Future<Object> f : running) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return cases / ((System.nanoTime() - start) / 1e9);
    }

    private static final AtomicLong FLOOR_IDS = new AtomicLong(3_000_000_000L + System.currentTimeMillis() % 1_000_000 * 1_000);

    /** One three-step case as plain SQL: what the engine must at least make the database do. */
    private void floorCase(String key) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long id = FLOOR_IDS.incrementAndGet();
            Timestamp now = Timestamp.from(java.time.Instant.now());
            try (PreparedStatement s = c.prepareStatement("INSERT INTO service_case (id, tracking_code, card_key, card_version,"
                    + " province_code, current_step, acting_role, status, data_json, created_at, updated_at, version)"
                    + " VALUES (?, ?, ?, 1, 'tehran', 'step-1', 'province-staff', 'OPEN', '{}', ?, ?, 1)")) {
                s.setLong(1, id);
                s.setString(2, CaseVolume.codeOf(id));
                s.setString(3, key);
                s.setTimestamp(4, now);
                s.setTimestamp(5, now);
                s.executeUpdate();
            }
            event(c, id, null, "STARTED", "خدمت سه‌مرحله‌ای آزمون کارایی v1");
            c.commit();
            StringBuilder data = new StringBuilder("{");
            for (int step = 1; step <= 3; step++) {
                data.append(step > 1 ? "," : "").append("\"step-").append(step).append("\":{\"note\":\"انجام شد\"}");
                try (PreparedStatement s = c.prepareStatement("UPDATE service_case SET current_step = ?, acting_role = ?,"
                        + " status = ?, data_json = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?")) {
                    s.setString(1, step < 3 ? "step-" + (step + 1) : "end");
                    s.setString(2, step < 3 ? "province-staff" : null);
                    s.setString(3, step < 3 ? "OPEN" : "CLOSED");
                    s.setString(4, data + "}");
                    s.setTimestamp(5, Timestamp.from(java.time.Instant.now()));
                    s.setLong(6, id);
                    s.setLong(7, step);
                    assertEquals(1, s.executeUpdate());
                }
                event(c, id, "step-" + step, "DONE", "note=انجام شد");
                c.commit();
            }
        }
    }

    private static void event(Connection c, long caseId, String step, String action, String details) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO case_event (id, case_id, province_code, occurred_at, actor,"
                + " step_id, action, details) VALUES (?, ?, 'tehran', ?, 'tehran-staff', ?, ?, ?)")) {
            s.setLong(1, FLOOR_IDS.incrementAndGet());
            s.setLong(2, caseId);
            s.setTimestamp(3, Timestamp.from(java.time.Instant.now()));
            s.setString(4, step);
            s.setString(5, action);
            s.setString(6, details);
            s.executeUpdate();
        }
    }

    /** Counts every SQL statement EclipseLink sends from now on (a listener on the persistence unit's session). */
    private SessionEventAdapter countStatements(AtomicLong counter) {
        SessionEventAdapter listener = new SessionEventAdapter() {
            @Override
            public void postExecuteCall(SessionEvent event) {
                counter.incrementAndGet();
            }
        };
        JpaHelper.getServerSession(em.getEntityManagerFactory()).getEventManager().addListener(listener);
        return listener;
    }

    /** Inserts open cases of the card across the 31 provinces (CaseVolume); returns a sample of their tracking codes. */
    private List<String> load(String key, int volume) throws Exception {
        CaseVolume.Loaded loaded = CaseVolume.load(tx, dataSource, volume, 42, CaseVolume.openCases(key));
        System.out.printf("BENCHMARK volume load: %,d cases across the 31 provinces in %.1f s (then VACUUM ANALYZE)%n",
                volume, loaded.seconds());
        return loaded.sample();
    }
}
