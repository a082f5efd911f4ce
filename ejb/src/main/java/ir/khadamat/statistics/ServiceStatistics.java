package ir.khadamat.statistics;

import ir.khadamat.catalog.CardVersions;
import ir.khadamat.catalog.CardVersions.CardVersion;
import ir.khadamat.catalog.CatalogData;
import ir.khadamat.catalog.form.CardForm;
import ir.khadamat.catalog.form.Period;
import ir.khadamat.persian.Iran;
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

import java.util.Comparator;
import java.util.HashMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * §5 measured from cases: how many cases each service received per Jalali period (month, season, year), how many
 * were delivered and in how many days on average, per province or nationally, beside the card's declared figures.
 * The engine keeps the cases' counts by service, province and day as they happen (runtime.DailyCounts: a few rows a
 * day, however many cases; {@link CaseCounts} checks them against the cases), and the days are folded into Jalali
 * periods here. A province's users see their province's figures; national users any province's, or the
 * whole country's. The comparison of measured and declared is {@link Comparison}'s.
 */
@Stateless
@Interceptors(TenantFilter.class)
@RolesAllowed({Roles.REVIEWER, Roles.HQ_ADMIN, Roles.SYSTEM_ADMIN, Roles.PROVINCE_ADMIN, Roles.PROVINCE_STAFF})
public class ServiceStatistics {

    /** A Jalali period to count by. */


    @Resource(lookup = "java:jboss/datasources/KhadamatDS")
    private DataSource dataSource;

    @EJB
    private Callers callers;

    @EJB
    private CardVersions cards;

    /** The figures of one service in one Jalali period. */
    public record Line(String cardKey, String period, long received, long delivered, Double averageDays) {
    }

    /** What a card declares in §5, as written. */
    public record Declared(String cardKey, Long recipients, String recipientsPeriod, String averageDeliveryTime) {
    }

    public record Report(String province, Period period, List<Line> measured, List<Declared> declared) {
    }

    /** All services together in one period: the chart's bars. */
    public record PeriodTotal(String period, long received, long delivered) {
    }

    /**
     * One service over the year: measured beside declared.
     *
     * @param title        the card's title (null when the caller may not read the card)
     * @param recipients   the declared recipients beside the cases received ({@link Comparison#recipients})
     * @param deliveryTime the declared delivery time beside the average days ({@link Comparison#deliveryDays})
     */
    public record ServiceRow(String cardKey, String title, Declared declared, long received, long delivered,
                             Double averageDays, Comparison.Result recipients, Comparison.Result deliveryTime) {
    }

    /**
     * The dashboard of one Jalali year.
     *
     * @param province         the province measured (null: the whole country)
     * @param year             the Jalali year
     * @param years            the years there are cases in (and the current year), newest first
     * @param daysCovered      the days of the year the figures cover (all of a past year; the current year so far)
     * @param thresholdPercent a difference beyond this is highlighted
     * @param periods          every period of the year with all services' cases (zero where none)
     * @param lines            each service's figures per period (periods with cases only)
     * @param services         the seven seed services (always, in the seed's order), then any other with cases
     */
    public record Dashboard(String province, String cardKey, Period period, int year, List<Integer> years,
                            long daysCovered, int thresholdPercent, List<PeriodTotal> periods, List<Line> lines,
                            List<ServiceRow> services) {
    }

    /** Cases of one service created on one day. */
    private record Day(String cardKey, LocalDate day, long received, long delivered, double seconds) {
    }

    /**
     * @param cardKey  one service (null: every service with cases)
     * @param province a province code (national users only; null: the whole country); a province's users always
     *                 get their own
     */
    public Report measure(String cardKey, String province, Period period) {
        String scope = scope(province);
        Period by = period == null ? Period.MONTH : period;
        List<Line> lines = fold(days(scope, cardKey, null, null), by);
        List<Declared> declared = lines.stream().map(Line::cardKey).distinct().map(k -> declared(k, form(k))).toList();
        return new Report(scope, by, lines, declared);
    }

    /**
     * The dashboard: a Jalali year's cases per period, and each service's measured figures beside its declared ones.
     *
     * @param cardKey  one service (null: the seven seed services and every other with cases)
     * @param province as in {@link #measure}: a province's users always get their own
     * @param year     a Jalali year (null: the latest year with cases in scope, or the current year)
     */
    public Dashboard dashboard(String cardKey, String province, Period period, Integer year) {
        String scope = scope(province);
        String card = blank(cardKey);
        Period by = period == null ? Period.MONTH : period;
        LocalDate today = Iran.today();
        List<Integer> years = years(scope, card, JalaliDate.from(today).year());
        int jalaliYear = year != null ? year : years.get(0);
        LocalDate from = JalaliPeriods.start(jalaliYear);
        LocalDate to = JalaliPeriods.start(jalaliYear + 1);
        List<Day> days = days(scope, card, from, to);
        List<Line> lines = fold(days, by);

        Map<String, long[]> totals = new LinkedHashMap<>();
        JalaliPeriods.keysOf(jalaliYear, by).forEach(k -> totals.put(k, new long[2]));
        lines.forEach(l -> {
            long[] t = totals.computeIfAbsent(l.period(), k -> new long[2]);
            t[0] += l.received();
            t[1] += l.delivered();
        });
        List<PeriodTotal> periods = totals.entrySet().stream()
                .map(e -> new PeriodTotal(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();

        Map<String, double[]> perService = new TreeMap<>(); // received, delivered, seconds
        for (Day d : days) {
            double[] s = perService.computeIfAbsent(d.cardKey(), k -> new double[3]);
            s[0] += d.received();
            s[1] += d.delivered();
            s[2] += d.seconds();
        }
        Set<String> keys = new LinkedHashSet<>();
        if (card == null) {
            keys.addAll(CatalogData.seedKeys());
        } else {
            keys.add(card);
        }
        keys.addAll(perService.keySet());
        long covered = JalaliPeriods.daysCovered(jalaliYear, today);
        int daysInYear = JalaliPeriods.daysIn(jalaliYear);
        List<ServiceRow> services = new ArrayList<>();
        for (String key : keys) {
            Optional<CardVersion> compared = cards.publishedOrNewest(key);
            CardForm form = compared.map(CardVersion::form).orElse(null);
            Declared declared = declared(key, form);
            double[] s = perService.getOrDefault(key, new double[3]);
            long received = (long) s[0];
            long delivered = (long) s[1];
            Double average = delivered == 0 ? null : s[2] / delivered / 86400.0;
            boolean provinceOnly = scope != null && compared.map(CardVersion::provinceCode).isEmpty();
            Period declaredPeriod = declared.recipientsPeriod() == null ? null
                    : Period.valueOf(declared.recipientsPeriod());
            services.add(new ServiceRow(key, title(form), declared, received, delivered, average,
                    Comparison.recipients(declared.recipients(), declaredPeriod, received, covered, daysInYear, provinceOnly),
                    Comparison.deliveryDays(declared.averageDeliveryTime(), average)));
        }
        return new Dashboard(scope, card, by, jalaliYear, years, covered, Comparison.THRESHOLD_PERCENT, periods, lines,
                services);
    }

    /** A service to filter by: its key and title. */
    public record Service(String key, String title) {
    }

    /** The seven seed services with their titles, in the seed's order: the dashboard's service filter. */
    public List<Service> services() {
        return CatalogData.seedKeys().stream().map(k -> {
            String title = title(form(k));
            return new Service(k, title == null ? k : title);
        }).toList();
    }

    private String scope(String province) {
        Caller caller = callers.current();
        return caller.isNational() ? blank(province) : caller.provinceCode();
    }

    /** The Jalali years with cases in scope, and the current year, newest first. */
    private List<Integer> years(String scope, String cardKey, int current) {
        Set<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        years.add(current);
        String sql = "SELECT MIN(received_on), MAX(received_on) FROM case_daily_count WHERE received > 0"
                + (scope == null ? "" : " AND province_code = ?") + (cardKey == null ? "" : " AND card_key = ?");
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            if (scope != null) {
                s.setString(i++, scope);
            }
            if (cardKey != null) {
                s.setString(i, cardKey);
            }
            try (ResultSet r = s.executeQuery()) {
                if (r.next() && r.getDate(1) != null) {
                    int first = JalaliDate.from(r.getDate(1).toLocalDate()).year();
                    int last = JalaliDate.from(r.getDate(2).toLocalDate()).year();
                    for (int y = Math.max(first, last - 20); y <= last; y++) {
                        years.add(y);
                    }
                    if (last > current) {
                        return List.copyOf(years);
                    }
                    // the latest year with cases comes first when the current year has none yet
                    List<Integer> ordered = new ArrayList<>(years);
                    ordered.remove(Integer.valueOf(last));
                    ordered.add(0, last);
                    return ordered;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the years of the cases", e);
        }
        return List.copyOf(years);
    }

    /**
     * The cases grouped by service and day, in scope, received in [from, to) when given: the daily counts the engine
     * keeps (runtime.DailyCounts, a few rows a day however many cases; CaseCounts checks them against the cases).
     */
    private List<Day> days(String scope, String cardKey, LocalDate from, LocalDate to) {
        List<Day> days = new ArrayList<>();
        // a day's row of one province counts far fewer than 2^31 cases, and the delivery time is only ever averaged:
        // summed as integers and a double, not as PostgreSQL's numeric (which bigint's SUM gives), the ten years'
        // 640,000 rows aggregate in memory without spilling, about twice as fast (docs/benchmarks.md)
        String sql = "SELECT card_key, received_on, SUM(CAST(received AS INTEGER)), SUM(CAST(delivered AS INTEGER)),"
                + " SUM(CAST(delivered_micros AS DOUBLE PRECISION)) FROM case_daily_count WHERE 1 = 1"
                + (scope == null ? "" : " AND province_code = ?") + (cardKey == null ? "" : " AND card_key = ?")
                + (from == null ? "" : " AND received_on >= ? AND received_on < ?")
                + " GROUP BY card_key, received_on";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            if (scope != null) {
                s.setString(i++, scope);
            }
            if (cardKey != null) {
                s.setString(i++, cardKey);
            }
            if (from != null) {
                s.setDate(i++, Date.valueOf(from));
                s.setDate(i, Date.valueOf(to));
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    if (r.getLong(3) != 0 || r.getLong(4) != 0) {
                        days.add(new Day(r.getString(1), r.getDate(2).toLocalDate(), r.getLong(3), r.getLong(4),
                                r.getDouble(5) / 1_000_000.0));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not measure the statistics", e);
        }
        return days;
    }

    /** Days folded into Jalali periods, per service. */
    private static List<Line> fold(List<Day> days, Period by) {
        Map<String, double[]> buckets = new TreeMap<>(); // received, delivered, seconds
        Map<LocalDate, String> periodOf = new HashMap<>();
        for (Day d : days) {
            String period = periodOf.computeIfAbsent(d.day(), day -> JalaliPeriods.key(JalaliDate.from(day), by));
            double[] b = buckets.computeIfAbsent(d.cardKey() + "|" + period, k -> new double[3]);
            b[0] += d.received();
            b[1] += d.delivered();
            b[2] += d.seconds();
        }
        List<Line> lines = new ArrayList<>();
        buckets.forEach((key, b) -> {
            String[] parts = key.split("\\|");
            Double average = b[1] == 0 ? null : b[2] / b[1] / 86400.0;
            lines.add(new Line(parts[0], parts[1], (long) b[0], (long) b[1], average));
        });
        return lines;
    }

    /**
     * The form of the version of a card whose §5 is compared: the published one, else the newest the caller's scope
     * reads (national cards are read in every province's scope; another province's unpublished card is not).
     */
    private CardForm form(String cardKey) {
        return cards.publishedOrNewest(cardKey).map(CardVersion::form).orElse(null);
    }

    private static String title(CardForm form) {
        return form == null || form.identification() == null ? null : form.identification().title();
    }

    private static Declared declared(String cardKey, CardForm form) {
        var details = form == null ? null : form.details();
        if (details == null) {
            return new Declared(cardKey, null, null, null);
        }
        return new Declared(cardKey, details.recipients(),
                details.recipientsPeriod() == null ? null : details.recipientsPeriod().name(), details.averageDeliveryTime());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
