package ir.khadamat.readiness;

import ir.khadamat.catalog.Agency;
import ir.khadamat.catalog.CardFormJson;
import ir.khadamat.catalog.CardNotFound;
import ir.khadamat.catalog.CardStatus;
import ir.khadamat.catalog.InvalidQueryParameter;
import ir.khadamat.catalog.ServiceCard;
import ir.khadamat.catalog.form.Period;
import ir.khadamat.persian.AlphabeticalOrder;
import ir.khadamat.persian.Iran;
import ir.khadamat.persian.JalaliDate;
import ir.khadamat.statistics.JalaliPeriods;
import ir.khadamat.tenancy.Province;
import ir.khadamat.tenancy.ProvinceRegistry;
import ir.khadamat.tenancy.Roles;
import ir.khadamat.tenancy.TenantFilter;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The e-readiness dashboard (آمادگی الکترونیکی) of the planning organization and agency headquarters: each card's
 * declared readiness (its published version, or its newest while never published, as the seed's cards are) ({@link Readiness}), rankings per agency, per province (its editions and own cards) and
 * national, how the national figure moved as versions were published, where digitising pays most, and beside it the
 * measured readiness — the share of cases requested online rather than at the counter, per service and province,
 * from the statistics' daily counts.
 */
@Stateless
@Interceptors(TenantFilter.class)
@RolesAllowed({Roles.REVIEWER, Roles.HQ_ADMIN, Roles.SYSTEM_ADMIN})
public class ReadinessReport {

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "java:jboss/datasources/KhadamatDS")
    private DataSource dataSource;

    @EJB
    private ProvinceRegistry provinces;

    /** A name in both languages. */
    public record Name(String fa, String en) {
    }

    /** Cases received, how many of them were requested online, and that share in whole per cent (null: no cases). */
    public record Measured(long received, long online, Integer onlinePercent) {
        public static Measured of(long received, long online) {
            return new Measured(received, online, received == 0 ? null : (int) Math.round(100.0 * online / received));
        }

        Measured plus(Measured o) {
            return of(received + o.received, online + o.online);
        }
    }

    private static final Measured NONE = Measured.of(0, 0);

    /** One card, as it stands: its published version, or its newest while it has never been published. */
    public record CardRow(String cardKey, int versionNo, CardStatus status, String title, String serviceId, String agencyCode,
                          Name agency, String provinceCode, Readiness readiness, Measured measured) {
    }

    /**
     * A ranking's group (an agency, a province, the country): its cards, how many of them have a known score, and
     * the mean of their scores' lowest and highest values (equal when every score is known).
     */
    public record Group(String code, Name name, int cards, int known, Integer low, Integer high, Measured measured) {
    }

    /** The catalogue's mean score after the versions published by the end of a Jalali month. */
    public record Point(String month, Name label, int cards, int low, int high) {
    }

    /** One service in one province: cases received and requested online. */
    public record MeasuredRow(String cardKey, String title, String provinceCode, Name province, Measured measured) {
    }

    /** The whole dashboard, for the filters asked (null: all). */
    public record Dashboard(String agency, String province, List<CardRow> cards, List<Group> agencies,
                            List<Group> provinces, Group national, List<CardRow> priorities, List<Point> overTime,
                            List<MeasuredRow> measured) {
    }

    /** One version of a card and its readiness. */
    public record VersionRow(int versionNo, CardStatus status, Instant publishedAt, Readiness readiness) {
    }

    /** A card's readiness version by version. */
    public record History(String cardKey, String title, List<VersionRow> versions) {
    }

    /**
     * @param agency   an agency's code, or null
     * @param province a province's code, or null: the cards that apply there (national ones and its own) and its cases
     */
    public Dashboard dashboard(String agency, String province) {
        if (province != null && provinces.byCode(province).isEmpty()) {
            throw new InvalidQueryParameter("province", "no province " + province);
        }
        if (agency != null && em.createQuery("SELECT COUNT(a) FROM Agency a WHERE a.code = :code", Long.class)
                .setParameter("code", agency).getSingleResult() == 0) {
            throw new InvalidQueryParameter("agency", "no agency " + agency);
        }
        Map<String, Measured> byCard = new HashMap<>();
        List<Object[]> measuredRows = measured();
        for (Object[] m : measuredRows) {
            if (province == null || province.equals(m[1])) {
                byCard.merge((String) m[0], (Measured) m[2], Measured::plus);
            }
        }
        Comparator<String> alphabetical = AlphabeticalOrder.of(Iran.PERSIAN);
        Map<Long, Readiness> read = new HashMap<>(); // each version's form read once (the cards, and over time)
        List<CardRow> cards = new ArrayList<>();
        for (ServiceCard c : current()) {
            if (matches(c, agency, province)) {
                cards.add(row(c, readiness(c, read), byCard.getOrDefault(c.getCardKey(), NONE)));
            }
        }
        cards.sort(Comparator.comparing((CardRow r) -> -middle(r.readiness().score()))
                .thenComparing(CardRow::title, alphabetical));
        Map<String, Name> provinceNames = new HashMap<>();
        for (Province p : provinces.all()) {
            provinceNames.put(p.getCode(), new Name(p.getPersianName(), p.getEnglishName()));
        }
        List<Group> agencies = groups(cards, CardRow::agencyCode, r -> r.agency(), alphabetical);
        List<Group> byProvince = groups(cards, CardRow::provinceCode,
                r -> r.provinceCode() == null ? null : provinceNames.get(r.provinceCode()), alphabetical);
        Group national = group(null, null, cards);
        List<CardRow> priorities = new ArrayList<>(cards);
        priorities.sort(PRIORITY.thenComparing(CardRow::title, alphabetical));
        Map<String, String> titles = new HashMap<>();
        cards.forEach(r -> titles.put(r.cardKey(), r.title()));
        List<MeasuredRow> measured = new ArrayList<>();
        for (Object[] m : measuredRows) {
            String key = (String) m[0];
            if (titles.containsKey(key) && (province == null || province.equals(m[1]))) {
                measured.add(new MeasuredRow(key, titles.get(key), (String) m[1], provinceNames.get((String) m[1]),
                        (Measured) m[2]));
            }
        }
        measured.sort(Comparator.comparing(MeasuredRow::title, alphabetical)
                .thenComparing(r -> r.province() == null ? r.provinceCode() : r.province().fa(), alphabetical));
        return new Dashboard(agency, province, cards, agencies, byProvince, national, priorities,
                overTime(agency, province, read), measured);
    }

    /** A card's readiness in each of its versions, oldest first. */
    public History history(String cardKey) {
        List<ServiceCard> versions = em.createNamedQuery("ServiceCard.byKey", ServiceCard.class)
                .setParameter("key", cardKey).getResultList();
        if (versions.isEmpty()) {
            throw new CardNotFound(cardKey);
        }
        List<VersionRow> rows = new ArrayList<>();
        for (int i = versions.size() - 1; i >= 0; i--) {
            ServiceCard v = versions.get(i);
            rows.add(new VersionRow(v.getVersionNo(), v.getStatus(), v.getPublishedAt(),
                    Readiness.of(CardFormJson.read(v.getFormJson()))));
        }
        return new History(cardKey, versions.get(0).getTitle(), rows);
    }

    /**
     * Where digitising pays most: the most citizen trips saved a year first; then, where that is unknown, the most
     * recipients a year (the admissions' 600,000 before a 3,000-recipient service), then the unknown.
     */
    static final Comparator<CardRow> PRIORITY = Comparator
            .comparing((CardRow r) -> r.readiness().tripsSaved() == null ? 1 : 0)
            .thenComparing(r -> r.readiness().tripsSaved() == null ? 0 : -r.readiness().tripsSaved().value())
            .thenComparing(r -> r.readiness().yearlyRecipients() == null ? 1 : 0)
            .thenComparing(r -> r.readiness().yearlyRecipients() == null ? 0 : -r.readiness().yearlyRecipients().value());

    /**
     * Each card as it stands: its published version, or its newest while it has never been published (of a card's
     * versions only the published one and a newer one being worked on are not superseded).
     */
    private List<ServiceCard> current() {
        Map<String, ServiceCard> byKey = new LinkedHashMap<>();
        for (ServiceCard c : em.createQuery("SELECT c FROM ServiceCard c WHERE c.status <> :superseded"
                + " ORDER BY c.cardKey, c.versionNo", ServiceCard.class)
                .setParameter("superseded", CardStatus.SUPERSEDED).getResultList()) {
            ServiceCard kept = byKey.get(c.getCardKey());
            if (kept == null || kept.getStatus() != CardStatus.PUBLISHED) {
                byKey.put(c.getCardKey(), c);
            }
        }
        return new ArrayList<>(byKey.values());
    }

    /** An agency's cards; a province's: the national ones and its own (its editions, its own cards). */
    private static boolean matches(ServiceCard c, String agency, String province) {
        return (agency == null || c.getExecutiveAgency() != null && agency.equals(c.getExecutiveAgency().getCode()))
                && (province == null || c.getProvinceCode() == null || province.equals(c.getProvinceCode()));
    }

    /** A version's readiness, read from its form once per report. */
    private static Readiness readiness(ServiceCard c, Map<Long, Readiness> read) {
        return read.computeIfAbsent(c.getId(), id -> Readiness.of(CardFormJson.read(c.getFormJson())));
    }

    private static CardRow row(ServiceCard c, Readiness readiness, Measured measured) {
        Agency a = c.getExecutiveAgency();
        return new CardRow(c.getCardKey(), c.getVersionNo(), c.getStatus(), c.getTitle(),
                c.getServiceId() == null ? null : c.getServiceId().toString(), a == null ? null : a.getCode(),
                a == null ? null : new Name(a.getPersianName(), a.getEnglishName()), c.getProvinceCode(),
                readiness, measured);
    }

    private static double middle(Readiness.Score s) {
        return (s.low() + s.high()) / 2.0;
    }

    private static List<Group> groups(List<CardRow> cards, Function<CardRow, String> code,
                                      Function<CardRow, Name> name, Comparator<String> alphabetical) {
        Map<String, List<CardRow>> by = new LinkedHashMap<>();
        Map<String, Name> names = new HashMap<>();
        for (CardRow r : cards) {
            String k = Objects.toString(code.apply(r), "");
            by.computeIfAbsent(k, x -> new ArrayList<>()).add(r);
            names.putIfAbsent(k, name.apply(r));
        }
        List<Group> groups = new ArrayList<>();
        by.forEach((k, rows) -> groups.add(group(k.isEmpty() ? null : k, names.get(k), rows)));
        groups.sort(Comparator.comparing((Group g) -> -(g.low() + g.high()) / 2.0)
                .thenComparing(g -> g.name() == null ? "" : g.name().fa(), alphabetical));
        return groups;
    }

    private static Group group(String code, Name name, List<CardRow> rows) {
        if (rows.isEmpty()) {
            return new Group(code, name, 0, 0, null, null, NONE);
        }
        long low = 0;
        long high = 0;
        int known = 0;
        Measured measured = NONE;
        for (CardRow r : rows) {
            low += r.readiness().score().low();
            high += r.readiness().score().high();
            known += r.readiness().score().known() ? 1 : 0;
            measured = measured.plus(r.measured());
        }
        return new Group(code, name, rows.size(), known, (int) Math.round((double) low / rows.size()),
                (int) Math.round((double) high / rows.size()), measured);
    }

    /** Each Jalali month a version was published in, and the mean score of the versions in force at its end. */
    private List<Point> overTime(String agency, String province, Map<Long, Readiness> read) {
        List<ServiceCard> published = em.createQuery("SELECT c FROM ServiceCard c WHERE c.publishedAt IS NOT NULL"
                + " AND c.status IN :statuses ORDER BY c.publishedAt", ServiceCard.class)
                .setParameter("statuses", List.of(CardStatus.PUBLISHED, CardStatus.SUPERSEDED)).getResultList();
        Map<String, Readiness.Score> inForce = new HashMap<>();
        TreeMap<String, int[]> months = new TreeMap<>();
        for (int i = 0; i < published.size(); i++) {
            ServiceCard c = published.get(i);
            if (!matches(c, agency, province)) {
                continue;
            }
            inForce.put(c.getCardKey(), readiness(c, read).score());
            String month = JalaliPeriods.key(JalaliDate.from(c.getPublishedAt().atZone(Iran.ZONE).toLocalDate()),
                    Period.MONTH);
            long low = 0;
            long high = 0;
            for (Readiness.Score s : inForce.values()) {
                low += s.low();
                high += s.high();
            }
            months.put(month, new int[]{inForce.size(), (int) Math.round((double) low / inForce.size()),
                    (int) Math.round((double) high / inForce.size())});
        }
        List<Point> points = new ArrayList<>();
        months.forEach((m, v) -> points.add(new Point(m, new Name(JalaliPeriods.label(m, true),
                JalaliPeriods.label(m, false)), v[0], v[1], v[2])));
        return points;
    }

    /** Per service and province: cases received and requested online (card_key, province_code, Measured). */
    private List<Object[]> measured() {
        List<Object[]> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT card_key, province_code, SUM(received),"
                     + " SUM(received_online) FROM case_daily_count GROUP BY card_key, province_code");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                rows.add(new Object[]{r.getString(1), r.getString(2), Measured.of(r.getLong(3), r.getLong(4))});
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the cases requested online", e);
        }
        return rows;
    }
}
