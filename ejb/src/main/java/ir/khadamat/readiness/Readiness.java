package ir.khadamat.readiness;

import ir.khadamat.catalog.form.Access;
import ir.khadamat.catalog.form.AgencyLink;
import ir.khadamat.catalog.form.CardForm;
import ir.khadamat.catalog.form.DeliveryMode;
import ir.khadamat.catalog.form.Details;
import ir.khadamat.catalog.form.LinkMode;
import ir.khadamat.catalog.form.Stage;
import ir.khadamat.catalog.form.StageChannel;
import ir.khadamat.catalog.form.SystemLink;

import java.util.ArrayList;
import java.util.List;

/**
 * The e-readiness (آمادگی الکترونیکی) of one version of a card, from what its form declares — the rule of
 * {@code docs/readiness.md}. Each part counts what is known and what is not; where the form leaves something
 * unknown, the score is the range it could take (from «all unknown is not electronic» to «all of it is»), never a
 * guess: a score is known only when its range is one number.
 *
 * @param stages           §6: of the four stages, how many are electronic, not electronic, unknown
 * @param inPersonVisits   §5 تعداد بار مراجعه حضوری; null: unknown
 * @param exchanges        §7 and §8: each row online, batch, on paper or unknown
 * @param score            the weighted score in whole per cent, as a range
 * @param yearlyRecipients §5 recipients per year; at least the figure when its period is unknown
 * @param tripsSaved       citizen trips a year digitising would save: yearly recipients × in-person visits ×
 *                         non-electronic stages; null: unknown
 */
public record Readiness(Stages stages, Integer inPersonVisits, Exchanges exchanges, Score score,
                        Figure yearlyRecipients, Figure tripsSaved) {

    /** The weights of the parts, in per cent of the score (without exchanges, stages and visits share it 2:1). */
    public static final int STAGES_WEIGHT = 50;
    public static final int VISITS_WEIGHT = 25;
    public static final int EXCHANGES_WEIGHT = 25;

    /** The four stages of §6 (اطلاع‌رسانی، درخواست، تولید، ارائه): electronic, not, and unknown. */
    public record Stages(int electronic, int nonElectronic, int unknown, List<Stage> nonElectronicStages,
                         List<Stage> unknownStages) {
    }

    /**
     * The rows of §7 and §8: exchanged online (برخط), in batches (دسته‌ای), on paper (غیرالکترونیکی), or unknown;
     * {@code electronic} is online and batch.
     */
    public record Exchanges(int online, int batch, int paper, int unknown, int total, int electronic) {
        public static Exchanges of(int online, int batch, int paper, int unknown) {
            return new Exchanges(online, batch, paper, unknown, online + batch + paper + unknown, online + batch);
        }
    }

    /** A score in whole per cent: known when {@code low == high}. */
    public record Score(int low, int high, boolean known) {
        public static Score of(int low, int high) {
            return new Score(low, high, low == high);
        }
    }

    /** A count that is exactly {@code value}, or at least it ({@code exact} false). */
    public record Figure(long value, boolean exact) {
    }

    /** The readiness of a card's form. */
    public static Readiness of(CardForm form) {
        Stages stages = stages(form.access());
        Details details = form.details();
        Integer visits = details == null ? null : details.inPersonVisits();
        Exchanges exchanges = exchanges(form.systemLinks(), form.agencyLinks());
        Figure yearly = yearlyRecipients(details);
        return new Readiness(stages, visits, exchanges, score(stages, visits, exchanges), yearly,
                tripsSaved(yearly, visits, stages));
    }

    static Stages stages(Access access) {
        int electronic = 0;
        List<Stage> non = new ArrayList<>();
        List<Stage> unknown = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            StageChannel channel = access == null ? null : access.stage(stage);
            DeliveryMode mode = channel == null ? null : channel.mode();
            if (mode == DeliveryMode.ELECTRONIC) {
                electronic++;
            } else if (mode == DeliveryMode.NON_ELECTRONIC) {
                non.add(stage);
            } else {
                unknown.add(stage);
            }
        }
        return new Stages(electronic, non.size(), unknown.size(), List.copyOf(non), List.copyOf(unknown));
    }

    static Exchanges exchanges(List<SystemLink> systems, List<AgencyLink> agencies) {
        int[] counts = new int[4];
        if (systems != null) {
            systems.forEach(l -> count(counts, l.mode()));
        }
        if (agencies != null) {
            agencies.forEach(l -> count(counts, l.mode()));
        }
        return Exchanges.of(counts[0], counts[1], counts[2], counts[3]);
    }

    private static void count(int[] counts, LinkMode mode) {
        counts[mode == null ? 3 : mode.ordinal()]++;
    }

    /**
     * Stages: electronic ÷ 4. Visits: 1 ÷ (1 + visits) — none is 1, one is ½, two is ⅓. Exchanges: electronic
     * (online or batch) ÷ rows; a card with no rows has no such part. Each unknown stage, row or the visits count
     * lowest at 0 and highest at all of it.
     */
    static Score score(Stages stages, Integer visits, Exchanges exchanges) {
        double stagesLow = stages.electronic() / 4.0;
        double stagesHigh = (stages.electronic() + stages.unknown()) / 4.0;
        double visitsLow = visits == null ? 0 : 1.0 / (1 + visits);
        double visitsHigh = visits == null ? 1 : visitsLow;
        double low = STAGES_WEIGHT * stagesLow + VISITS_WEIGHT * visitsLow;
        double high = STAGES_WEIGHT * stagesHigh + VISITS_WEIGHT * visitsHigh;
        int weights = STAGES_WEIGHT + VISITS_WEIGHT;
        if (exchanges.total() > 0) {
            low += EXCHANGES_WEIGHT * exchanges.electronic() / (double) exchanges.total();
            high += EXCHANGES_WEIGHT * (exchanges.electronic() + exchanges.unknown()) / (double) exchanges.total();
            weights += EXCHANGES_WEIGHT;
        }
        return Score.of((int) Math.round(100 * low / weights), (int) Math.round(100 * high / weights));
    }

    /** §5 recipients a year: per month × 12, per season × 4; the figure itself, as «at least», when the period is unknown. */
    static Figure yearlyRecipients(Details details) {
        if (details == null || details.recipients() == null) {
            return null;
        }
        long n = details.recipients();
        if (details.recipientsPeriod() == null) {
            return new Figure(n, false);
        }
        return switch (details.recipientsPeriod()) {
            case MONTH -> new Figure(12 * n, true);
            case SEASON -> new Figure(4 * n, true);
            case YEAR -> new Figure(n, true);
        };
    }

    /** Yearly recipients × in-person visits × non-electronic stages: unknown without the recipients or the visits. */
    static Figure tripsSaved(Figure yearly, Integer visits, Stages stages) {
        if (visits != null && visits == 0) {
            return new Figure(0, true);
        }
        if (yearly == null || visits == null) {
            return null;
        }
        long trips = yearly.value() * visits * stages.nonElectronic();
        boolean exact = yearly.exact() && stages.unknown() == 0;
        return new Figure(trips, exact && trips >= 0);
    }
}
