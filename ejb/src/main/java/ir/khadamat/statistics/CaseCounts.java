package ir.khadamat.statistics;

import ir.khadamat.tenancy.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The daily counts the engine keeps ({@code case_daily_count}, runtime.DailyCounts) against a recount of every case:
 * the check that they agree, row by row, and the rebuild from the cases (after a bulk load or a restore; the
 * migration that made the table filled it the same way, V11). The recount groups {@code service_case} by service, province and the day of request
 * ({@code CAST(created_at AS DATE)}); delivered means closed, and its time is from request to the last change.
 */
@Stateless
@RolesAllowed(Roles.SYSTEM_ADMIN)
public class CaseCounts {

    @Resource(lookup = "java:jboss/datasources/KhadamatDS")
    private DataSource dataSource;

    /** One row of counts: a service's cases of one day in one province. */
    public record Row(String cardKey, String provinceCode, LocalDate day, long received, long delivered,
                      long deliveredMicros, long receivedOnline) {
    }

    /** A row whose kept figures are not the recount's ({@code kept} or {@code recounted} null: no such row). */
    public record Difference(String cardKey, String provinceCode, LocalDate day, Row kept, Row recounted) {
    }

    /** What a check found: how many rows agree, and every row that does not. */
    public record Check(long rows, long cases, List<Difference> differences) {
    }

    /** Compares every kept row with the recount of the cases. */
    public Check check() {
        try (Connection c = dataSource.getConnection()) {
            Map<String, Row> kept = byKey(rows(c, "SELECT card_key, province_code, received_on, received, delivered,"
                    + " delivered_micros, received_online FROM case_daily_count"
                    + " WHERE received <> 0 OR delivered <> 0 OR delivered_micros <> 0 OR received_online <> 0"));
            Map<String, Row> recounted = byKey(rows(c, recount(c)));
            List<Difference> differences = new ArrayList<>();
            TreeMap<String, Boolean> keys = new TreeMap<>();
            kept.keySet().forEach(k -> keys.put(k, true));
            recounted.keySet().forEach(k -> keys.put(k, true));
            for (String key : keys.keySet()) {
                Row a = kept.get(key);
                Row b = recounted.get(key);
                if (!Objects.equals(a, b)) {
                    Row any = a != null ? a : b;
                    differences.add(new Difference(any.cardKey(), any.provinceCode(), any.day(), a, b));
                }
            }
            long cases = recounted.values().stream().mapToLong(Row::received).sum();
            return new Check(recounted.size(), cases, differences);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not check the daily counts", e);
        }
    }

    /** Makes the kept counts the recount's; returns how many rows there are now. */
    public int rebuild() {
        try (Connection c = dataSource.getConnection()) {
            return rebuild(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not rebuild the daily counts", e);
        }
    }

    /** {@link #rebuild()} on a connection of the caller's (a bulk load). */
    public static int rebuild(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM case_daily_count");
            return s.executeUpdate("INSERT INTO case_daily_count (card_key, province_code, received_on, received,"
                    + " delivered, delivered_micros, received_online) " + recount(c));
        }
    }

    /** A case's time from request to its last change in microseconds, in the SQL of this database (by its name). */
    public static String micros(String databaseProductName) {
        return databaseProductName.startsWith("PostgreSQL")
                ? "CAST(EXTRACT(EPOCH FROM (updated_at - created_at)) * 1000000 AS BIGINT)"
                : "DATEDIFF(MICROSECOND, created_at, updated_at)";
    }

    /** The recount: every case, grouped by service, province and day of request (as V11 and V13 fill the table). */
    static String recount(Connection c) throws SQLException {
        String micros = micros(c.getMetaData().getDatabaseProductName());
        return "SELECT card_key, province_code, CAST(created_at AS DATE), COUNT(*),"
                + " SUM(CASE WHEN status = 'CLOSED' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN status = 'CLOSED' THEN " + micros + " ELSE 0 END),"
                + " SUM(CASE WHEN requested_online THEN 1 ELSE 0 END)"
                + " FROM service_case GROUP BY card_key, province_code, CAST(created_at AS DATE)";
    }

    private static List<Row> rows(Connection c, String sql) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                rows.add(new Row(r.getString(1), r.getString(2), r.getDate(3).toLocalDate(), r.getLong(4), r.getLong(5),
                        r.getLong(6), r.getLong(7)));
            }
        }
        return rows;
    }

    private static Map<String, Row> byKey(List<Row> rows) {
        Map<String, Row> map = new TreeMap<>();
        rows.forEach(r -> map.put(r.cardKey() + "|" + r.provinceCode() + "|" + r.day(), r));
        return map;
    }
}
