package ir.khadamat.testing;

import ir.khadamat.persian.JalaliDate;
import ir.khadamat.runtime.cases.TrackingCode;
import ir.khadamat.statistics.CaseCounts;
import jakarta.transaction.UserTransaction;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Bulk loading of cases straight into {@code service_case} (JDBC batches of 5,000, a transaction each), for the
 * benchmarks and the statistics tests: the runtime benchmark's open cases of one card, and the statistics generator's
 * year of national volume (the seed's §5 figures). Runs inside the server. Ids are taken above every existing one
 * (and above 10,000,000, far from the sequence the application's own cases use), so loads add up.
 */
public final class CaseVolume {

    public static final List<String> PROVINCES = List.of("azarbaijan-sharqi", "azarbaijan-gharbi", "ardabil", "isfahan",
            "alborz", "ilam", "bushehr", "tehran", "chaharmahal-bakhtiari", "khorasan-jonubi", "khorasan-razavi",
            "khorasan-shomali", "khuzestan", "zanjan", "semnan", "sistan-baluchestan", "fars", "qazvin", "qom", "kurdistan",
            "kerman", "kermanshah", "kohgiluyeh-boyer-ahmad", "golestan", "gilan", "lorestan", "mazandaran", "markazi",
            "hormozgan", "hamadan", "yazd");

    /**
     * A year of national volume per seed service: the four figures the seed cards declare (admissions 600,000,
     * education 80,000, employment 25,000, support 3,000), and visits, transfers and judicial services, which declare
     * none, chosen to reach 1,000,000 cases in all.
     */
    public static final Map<String, Integer> NATIONAL_YEAR = new LinkedHashMap<>();
    /** Mean days to deliver per service, for the generator (visits are booked days ahead, education runs a term). */
    public static final Map<String, Double> MEAN_DAYS = new LinkedHashMap<>();

    static {
        NATIONAL_YEAR.put("prisoner-admission", 600_000);
        NATIONAL_YEAR.put("prisoner-education", 80_000);
        NATIONAL_YEAR.put("prisoner-employment", 25_000);
        NATIONAL_YEAR.put("prisoner-support", 3_000);
        NATIONAL_YEAR.put("prisoner-visits", 250_000);
        NATIONAL_YEAR.put("prisoner-transfer", 30_000);
        NATIONAL_YEAR.put("prisoner-judicial-services", 12_000);
        MEAN_DAYS.put("prisoner-admission", 0.5);
        MEAN_DAYS.put("prisoner-education", 90.0);
        MEAN_DAYS.put("prisoner-employment", 30.0);
        MEAN_DAYS.put("prisoner-support", 20.0);
        MEAN_DAYS.put("prisoner-visits", 4.0);
        MEAN_DAYS.put("prisoner-transfer", 10.0);
        MEAN_DAYS.put("prisoner-judicial-services", 7.0);
    }

    /** One case to insert. {@code actingRole} null for a closed case. */
    public record Case(String cardKey, String province, String status, String currentStep, String actingRole,
                LocalDateTime created, LocalDateTime updated, LocalDateTime due) {
    }

    /** Makes the i-th case of a load. */
    public interface Maker {
        Case make(int i, Random random);
    }

    /** What a load did: how many, in how long, and a sample of the tracking codes it drew. */
    public record Loaded(int cases, double seconds, List<String> sample) {
    }

    private CaseVolume() {
    }

    /** Open cases of one card across the 31 provinces, created within the last 35 days: the runtime benchmark's. */
    public static Maker openCases(String cardKey) {
        LocalDateTime now = LocalDateTime.now();
        return (i, random) -> {
            LocalDateTime created = now.minusSeconds(random.nextInt(3_000_000));
            return new Case(cardKey, PROVINCES.get(random.nextInt(PROVINCES.size())), "OPEN", "step-1", "province-staff",
                    created, created, created.plusDays(30));
        };
    }

    /**
     * A Jalali year of national volume, {@code volume} cases in the shares of {@link #NATIONAL_YEAR}: spread over the
     * year's days and office hours, over the 31 provinces (Tehran three times, the four next largest twice as many as
     * the others), 95 in 100 delivered in about the service's usual days (a quarter to twice), the rest still open.
     */
    public static Maker nationalYear(int jalaliYear, int volume) {
        return nationalYear(jalaliYear, volume, Map.of());
    }

    /** {@link #nationalYear(int, int)}, an open case of a service at the step given for it (else {@code step-1}). */
    public static Maker nationalYear(int jalaliYear, int volume, Map<String, String> openAt) {
        List<String> keys = new ArrayList<>(NATIONAL_YEAR.keySet());
        long total = NATIONAL_YEAR.values().stream().mapToLong(Integer::longValue).sum();
        long[] upTo = new long[keys.size()];
        long sum = 0;
        for (int k = 0; k < keys.size(); k++) {
            sum += NATIONAL_YEAR.get(keys.get(k));
            upTo[k] = sum;
        }
        List<String> weighted = new ArrayList<>();
        for (String p : PROVINCES) {
            int weight = p.equals("tehran") ? 3 : Set.of("khorasan-razavi", "isfahan", "fars", "khuzestan").contains(p) ? 2 : 1;
            for (int w = 0; w < weight; w++) {
                weighted.add(p);
            }
        }
        LocalDate start = JalaliDate.of(jalaliYear, 1, 1).toLocalDate();
        int days = JalaliDate.isLeapYear(jalaliYear) ? 366 : 365;
        LocalDateTime now = LocalDateTime.now();
        return (i, random) -> {
            // the i-th case of the volume belongs to the service whose share it falls in: exact shares
            long position = (long) i * total / volume;
            int k = 0;
            while (position >= upTo[k]) {
                k++;
            }
            String key = keys.get(k);
            LocalDateTime created = start.plusDays(random.nextInt(days)).atTime(8 + random.nextInt(9), random.nextInt(60),
                    random.nextInt(60));
            double deliveryDays = MEAN_DAYS.get(key) * (0.25 + random.nextDouble() * 1.75);
            LocalDateTime delivered = created.plusSeconds((long) (deliveryDays * 86400));
            boolean open = random.nextInt(100) < 5 || delivered.isAfter(now);
            return new Case(key, weighted.get(random.nextInt(weighted.size())), open ? "OPEN" : "CLOSED",
                    open ? openAt.getOrDefault(key, "step-1") : "end", open ? "province-staff" : null, created,
                    open ? created : delivered,
                    created.plusDays(30));
        };
    }

    /**
     * Inserts {@code volume} cases made by {@code maker}, past the engine, then counts them into the statistics' daily
     * counts as the engine would have (the recount: CaseCounts.rebuild) and analyses the tables as autovacuum would.
     */
    public static Loaded load(UserTransaction tx, DataSource dataSource, int volume, long seed, Maker maker) throws Exception {
        return load(tx, dataSource, volume, seed, maker, true);
    }

    /**
     * {@link #load(UserTransaction, DataSource, int, long, Maker)}; without {@code count}, the daily counts are left
     * to the caller (a load in several parts counts once, at the end: {@link #count}).
     */
    public static Loaded load(UserTransaction tx, DataSource dataSource, int volume, long seed, Maker maker,
                              boolean count) throws Exception {
        long start = System.nanoTime();
        List<String> sample = new ArrayList<>();
        Random random = new Random(seed);
        long id;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM service_case")) {
            r.next();
            id = Math.max(10_000_000L, r.getLong(1)) + 1;
        }
        int batch = 5000;
        for (int from = 0; from < volume; from += batch) {
            tx.begin();
            try (Connection c = dataSource.getConnection();
                 PreparedStatement s = c.prepareStatement("INSERT INTO service_case (id, tracking_code, card_key, card_version,"
                         + " province_code, current_step, acting_role, status, data_json, due_at, created_at, updated_at, version)"
                         + " VALUES (?, ?, ?, 1, ?, ?, ?, ?, '{}', ?, ?, ?, 1)")) {
                for (int i = from; i < Math.min(volume, from + batch); i++) {
                    String code = codeOf(id);
                    if (sample.size() < 10_000 && random.nextInt(50) == 0) {
                        sample.add(code);
                    }
                    Case made = maker.make(i, random);
                    s.setLong(1, id++);
                    s.setString(2, code);
                    s.setString(3, made.cardKey());
                    s.setString(4, made.province());
                    s.setString(5, made.currentStep());
                    s.setString(6, made.actingRole());
                    s.setString(7, made.status());
                    s.setTimestamp(8, made.due() == null ? null : Timestamp.valueOf(made.due()));
                    s.setTimestamp(9, Timestamp.valueOf(made.created()));
                    s.setTimestamp(10, Timestamp.valueOf(made.updated()));
                    s.addBatch();
                }
                s.executeBatch();
            }
            tx.commit();
        }
        if (count) {
            count(tx, dataSource);
        }
        Collections.shuffle(sample, random);
        return new Loaded(volume, (System.nanoTime() - start) / 1e9, sample);
    }

    /**
     * A well-formed tracking code of its own for the loaded case {@code id}: 9, the id in 14 digits, the check digit.
     * Unique without remembering the codes drawn (ten million of them would not fit in memory), and one the
     * engine would draw but once in 10^8 cases of its own (and then its insert is refused and the call tried again).
     */
    public static String codeOf(long id) {
        String payload = "9" + String.format("%014d", id);
        for (int d = 0; d <= 9; d++) {
            var code = TrackingCode.parse(payload + d);
            if (code.isPresent()) {
                return code.get().value();
            }
        }
        throw new IllegalStateException("no check digit for " + payload);
    }

    /** Counts the cases into the statistics' daily counts (the recount: CaseCounts.rebuild), then analyses the tables. */
    public static void count(UserTransaction tx, DataSource dataSource) throws Exception {
        tx.begin();
        try (Connection c = dataSource.getConnection()) {
            CaseCounts.rebuild(c);
        }
        tx.commit();
        try (Connection c = dataSource.getConnection(); var s = c.createStatement()) {
            // what autovacuum does after a load (outside a transaction; H2 only analyses)
            boolean postgres = c.getMetaData().getDatabaseProductName().startsWith("PostgreSQL");
            s.execute(postgres ? "VACUUM ANALYZE service_case" : "ANALYZE");
            if (postgres) {
                s.execute("VACUUM ANALYZE case_daily_count");
            }
        }
    }
}
