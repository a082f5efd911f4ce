package ir.khadamat.statistics;

import ir.khadamat.catalog.ServiceCatalog;
import ir.khadamat.catalog.form.CardForm;
import ir.khadamat.persian.JalaliDate;
import ir.khadamat.tenancy.Caller;
import ir.khadamat.tenancy.Callers;
import ir.khadamat.tenancy.Roles;
import ir.khadamat.tenancy.TenantFilter;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * §5 measured from cases: how many cases each service received per Jalali period (month, season, year), how many
 * were delivered and in how many days on average, per province or nationally, beside the card's declared figures.
 * The database groups the cases by service, province and day (a few rows a day, however many cases), and the days
 * are folded into Jalali periods here. A province's users see their province's figures; national users any
 * province's, or the whole country's.
 */
@Stateless
@Interceptors(TenantFilter.class)
@RolesAllowed({Roles.REVIEWER, Roles.HQ_ADMIN, Roles.SYSTEM_ADMIN, Roles.PROVINCE_ADMIN, Roles.PROVINCE_STAFF})
public class ServiceStatistics {

    /** A Jalali period to count by. */
    public enum Period { MONTH, SEASON, YEAR }

    @Resource(lookup = "java:jboss/datasources/KhadamatDS")
    private DataSource dataSource;

    @EJB
    private Callers callers;

    @EJB
    private ServiceCatalog catalog;

    /** The figures of one service in one Jalali period. */
    public record Line(String cardKey, String period, long received, long delivered, Double averageDays) {
    }

    /** What a card declares in §5, as written. */
    public record Declared(String cardKey, Long recipients, String recipientsPeriod, String averageDeliveryTime) {
    }

    public record Report(String province, Period period, List<Line> measured, List<Declared> declared) {
    }

    /**
     * @param cardKey  one service (null: every service with cases)
     * @param province a province code (national users only; null: the whole country); a province's users always
     *                 get their own
     */
    public Report measure(String cardKey, String province, Period period) {
        Caller caller = callers.current();
        String scope = caller.isNational() ? blank(province) : caller.provinceCode();
        Period by = period == null ? Period.MONTH : period;
        Map<String, long[]> buckets = new TreeMap<>();
        Map<String, double[]> durations = new TreeMap<>();
        String duration;
        String sql;
        try (Connection c = dataSource.getConnection()) {
            boolean postgres = c.getMetaData().getDatabaseProductName().startsWith("PostgreSQL");
            duration = postgres ? "EXTRACT(EPOCH FROM (updated_at - created_at))" : "DATEDIFF('SECOND', created_at, updated_at)";
            sql = "SELECT card_key, CAST(created_at AS DATE), COUNT(*),"
                    + " SUM(CASE WHEN status = 'CLOSED' THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN status = 'CLOSED' THEN " + duration + " ELSE 0 END)"
                    + " FROM service_case WHERE 1 = 1"
                    + (scope == null ? "" : " AND province_code = ?") + (cardKey == null ? "" : " AND card_key = ?")
                    + " GROUP BY card_key, CAST(created_at AS DATE)";
            try (PreparedStatement s = c.prepareStatement(sql)) {
                int i = 1;
                if (scope != null) {
                    s.setString(i++, scope);
                }
                if (cardKey != null) {
                    s.setString(i, cardKey);
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        Date day = r.getDate(2);
                        String key = r.getString(1) + "|" + bucket(JalaliDate.from(day.toLocalDate()), by);
                        long[] b = buckets.computeIfAbsent(key, k -> new long[2]);
                        b[0] += r.getLong(3);
                        b[1] += r.getLong(4);
                        durations.computeIfAbsent(key, k -> new double[1])[0] += r.getDouble(5);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not measure the statistics", e);
        }
        List<Line> lines = new ArrayList<>();
        buckets.forEach((key, b) -> {
            String[] parts = key.split("\\|");
            Double average = b[1] == 0 ? null : durations.get(key)[0] / b[1] / 86400.0;
            lines.add(new Line(parts[0], parts[1], b[0], b[1], average));
        });
        List<Declared> declared = lines.stream().map(Line::cardKey).distinct().map(this::declared).toList();
        return new Report(scope, by, lines, declared);
    }

    private Declared declared(String cardKey) {
        return catalog.find(cardKey).map(d -> {
            CardForm form = d.form();
            var details = form.details();
            return new Declared(cardKey, details == null ? null : details.recipients(),
                    details == null || details.recipientsPeriod() == null ? null : details.recipientsPeriod().name(),
                    details == null ? null : details.averageDeliveryTime());
        }).orElse(new Declared(cardKey, null, null, null));
    }

    /** The Jalali period a day falls in: 1404/08, 1404-Q3 (seasons start with Farvardin, Tir, Mehr, Dey), 1404. */
    static String bucket(JalaliDate day, Period by) {
        return switch (by) {
            case MONTH -> String.format("%04d/%02d", day.year(), day.month());
            case SEASON -> String.format("%04d-S%d", day.year(), (day.month() - 1) / 3 + 1);
            case YEAR -> String.valueOf(day.year());
        };
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
