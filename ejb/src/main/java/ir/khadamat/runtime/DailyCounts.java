package ir.khadamat.runtime;

import ir.khadamat.runtime.cases.ServiceCase;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;

/**
 * The statistics' figures kept as they happen: for each service, province and day of request, the cases received,
 * delivered, and the delivered ones' time ({@code case_daily_count}, V11), and how many were requested online (V13). The engine reports each case received,
 * delivered or handed over to another province; the changes of a transaction are added up and written once, just
 * before it commits (an interposed synchronization), in key order — so a busy service's row is locked for the
 * commit only, and two transactions never wait on each other's rows in opposite orders. A case rolled back counts
 * nothing. The day is the database's own: {@code CAST(created_at AS DATE)} of the case's row (written by then), as the
 * recount ({@code statistics.CaseCounts}) takes it; a delivered case's time is reckoned from its instants, kept to
 * the microsecond as the row keeps them (the same as the row's difference wherever the server's zone has no daylight
 * saving: UTC, and Iran's since 1401).
 */
@PermitAll
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class DailyCounts {

    private static final String PENDING = DailyCounts.class.getName();

    @Resource(lookup = "java:jboss/datasources/KhadamatDS")
    private DataSource dataSource;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    /** What a change adds to: service, province, and the case whose day of request it is (the database's to say). */
    private record Key(String cardKey, String provinceCode, long caseId) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = cardKey.compareTo(o.cardKey);
            if (c == 0) {
                c = provinceCode.compareTo(o.provinceCode);
            }
            return c != 0 ? c : Long.compare(caseId, o.caseId);
        }
    }

    /** A new case. */
    public void received(ServiceCase c) {
        add(c.getCardKey(), c.getProvinceCode(), c.getId(), 1, online(c), 0, 0);
    }

    /** A case closed at its end step: delivered, in the time from its request to now. */
    public void delivered(ServiceCase c) {
        add(c.getCardKey(), c.getProvinceCode(), c.getId(), 0, 0, 1, micros(c.getCreatedAt(), c.getUpdatedAt()));
    }

    /** A case handed over to another province (before it is): it counts there from now on. */
    public void handedOver(ServiceCase c, String toProvince) {
        add(c.getCardKey(), c.getProvinceCode(), c.getId(), -1, -online(c), 0, 0);
        add(c.getCardKey(), toProvince, c.getId(), 1, online(c), 0, 0);
    }

    private static long online(ServiceCase c) {
        return c.isRequestedOnline() ? 1 : 0;
    }

    /** The time between two instants in whole microseconds, as the database holds them (microseconds). */
    public static long micros(Instant from, Instant to) {
        return ChronoUnit.MICROS.between(from.truncatedTo(ChronoUnit.MICROS), to.truncatedTo(ChronoUnit.MICROS));
    }

    @SuppressWarnings("unchecked")
    private void add(String cardKey, String provinceCode, long caseId, long received, long receivedOnline,
                     long delivered, long micros) {
        Map<Key, long[]> pending = (Map<Key, long[]>) transaction.getResource(PENDING);
        if (pending == null) {
            pending = new TreeMap<>();
            transaction.putResource(PENDING, pending);
            Map<Key, long[]> changes = pending;
            transaction.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    write(changes);
                }

                @Override
                public void afterCompletion(int status) {
                    // nothing: written before the commit, rolled back with it
                }
            });
        }
        long[] sum = pending.computeIfAbsent(new Key(cardKey, provinceCode, caseId), k -> new long[4]);
        sum[0] += received;
        sum[1] += delivered;
        sum[2] += micros;
        sum[3] += receivedOnline;
    }

    private void write(Map<Key, long[]> changes) {
        try (Connection connection = dataSource.getConnection()) {
            boolean postgres = connection.getMetaData().getDatabaseProductName().startsWith("PostgreSQL");
            for (Map.Entry<Key, long[]> change : changes.entrySet()) {
                long[] d = change.getValue();
                if (d[0] != 0 || d[1] != 0 || d[2] != 0 || d[3] != 0) {
                    upsert(connection, postgres, change.getKey(), d);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not keep the statistics' daily counts", e);
        }
    }

    private static final String POSTGRES = "INSERT INTO case_daily_count (card_key, province_code, received_on, received,"
            + " delivered, delivered_micros, received_online) SELECT ?, ?, CAST(created_at AS DATE), ?, ?, ?, ?"
            + " FROM service_case WHERE id = ? ON CONFLICT (card_key, province_code,"
            + " received_on) DO UPDATE SET received = case_daily_count.received + EXCLUDED.received,"
            + " received_online = case_daily_count.received_online + EXCLUDED.received_online,"
            + " delivered = case_daily_count.delivered + EXCLUDED.delivered,"
            + " delivered_micros = case_daily_count.delivered_micros + EXCLUDED.delivered_micros";
    private static final String STANDARD = "MERGE INTO case_daily_count t USING (SELECT CAST(? AS VARCHAR(100)) card_key,"
            + " CAST(? AS VARCHAR(50)) province_code, CAST(created_at AS DATE) received_on, CAST(? AS BIGINT) received,"
            + " CAST(? AS BIGINT) delivered, CAST(? AS BIGINT) delivered_micros, CAST(? AS BIGINT) received_online"
            + " FROM service_case WHERE id = ?) s"
            + " ON t.card_key = s.card_key AND t.province_code = s.province_code AND t.received_on = s.received_on"
            + " WHEN MATCHED THEN UPDATE SET received = t.received + s.received, delivered = t.delivered + s.delivered,"
            + " received_online = t.received_online + s.received_online,"
            + " delivered_micros = t.delivered_micros + s.delivered_micros"
            + " WHEN NOT MATCHED THEN INSERT (card_key, province_code, received_on, received, delivered, delivered_micros,"
            + " received_online) VALUES (s.card_key, s.province_code, s.received_on, s.received, s.delivered,"
            + " s.delivered_micros, s.received_online)";

    private static void upsert(Connection connection, boolean postgres, Key key, long[] d) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try (PreparedStatement s = connection.prepareStatement(postgres ? POSTGRES : STANDARD)) {
                s.setString(1, key.cardKey());
                s.setString(2, key.provinceCode());
                s.setLong(3, d[0]);
                s.setLong(4, d[1]);
                s.setLong(5, d[2]);
                s.setLong(6, d[3]);
                s.setLong(7, key.caseId());
                if (s.executeUpdate() != 1) {
                    throw new SQLException("no case " + key.caseId() + " to count");
                }
                return;
            } catch (SQLIntegrityConstraintViolationException e) {
                // H2: another transaction added the row meanwhile (PostgreSQL's ON CONFLICT waits for it instead);
                // the statement alone failed, and now the row is there to add to
                if (postgres || attempt == 3) {
                    throw e;
                }
            }
        }
    }
}
