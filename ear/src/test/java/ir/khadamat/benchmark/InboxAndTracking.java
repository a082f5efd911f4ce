package ir.khadamat.benchmark;

import ir.khadamat.runtime.CaseInbox;
import ir.khadamat.runtime.CaseViews;
import ir.khadamat.runtime.cases.TrackingCode;
import ir.khadamat.testing.As;
import jakarta.persistence.EntityManagerFactory;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.SessionEventListener;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The two lookups that must stay instant however many cases there are, timed in the server: a Tehran staff member's
 * inbox page (20 of the province's open cases, a random page of the first 50) with the SQL statements it takes, and
 * the public track-by-code lookup of cases of the volume.
 */
final class InboxAndTracking {

    private InboxAndTracking() {
    }

    /** The statements a staff member's second inbox page takes (the first warms up). */
    static long statementsPerInboxPage(CaseInbox inbox, EntityManagerFactory unit) throws Exception {
        AtomicLong statements = new AtomicLong();
        SessionEventListener counter = new SessionEventAdapter() {
            @Override
            public void postExecuteCall(SessionEvent event) {
                statements.incrementAndGet();
            }
        };
        var events = JpaHelper.getServerSession(unit).getEventManager();
        events.addListener(counter);
        try {
            return As.user("tehran-staff", () -> {
                inbox.inbox(null, false, 0, 20);
                long start = statements.get();
                inbox.inbox(null, false, 1, 20);
                return statements.get() - start;
            });
        } finally {
            events.removeListener(counter);
        }
    }

    /** Prints the p50 and p95 of both, with {@code cases} cases in the table. */
    static void measure(CaseInbox inbox, CaseViews views, EntityManagerFactory unit, List<String> codes, long cases)
            throws Exception {
        Random random = new Random(7);
        List<Double> inboxMs = new ArrayList<>();
        As.user("tehran-staff", () -> {
            // any of the first 50 pages, as far as the province's open cases go
            int pages = (int) Math.max(1, Math.min(50, inbox.inbox(null, false, 0, 20).total() / 20));
            for (int i = 0; i < 220; i++) {
                long t = System.nanoTime();
                CaseInbox.Page page = inbox.inbox(null, false, random.nextInt(pages), 20);
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
        System.out.printf("BENCHMARK staff inbox page (20 of a province's open cases, %,d cases in all): p50 %.1f ms, p95 %.1f ms,"
                        + " %d SQL statements a page (target p95 <= 20 ms)%n", cases, percentile(inboxMs, 50),
                percentile(inboxMs, 95), statementsPerInboxPage(inbox, unit));
        System.out.printf("BENCHMARK public track-by-code lookup (%,d cases in all): p50 %.1f ms, p95 %.1f ms (target p95 <= 5 ms)%n",
                cases, percentile(trackMs, 50), percentile(trackMs, 95));
    }

    static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
