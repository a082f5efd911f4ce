package ir.khadamat.readiness;

import ir.khadamat.catalog.form.Access;
import ir.khadamat.catalog.form.AgencyLink;
import ir.khadamat.catalog.form.CardForm;
import ir.khadamat.catalog.form.DeliveryMode;
import ir.khadamat.catalog.form.Details;
import ir.khadamat.catalog.form.LinkMode;
import ir.khadamat.catalog.form.Period;
import ir.khadamat.catalog.form.SeedCards;
import ir.khadamat.catalog.form.Stage;
import ir.khadamat.catalog.form.StageChannel;
import ir.khadamat.catalog.form.SystemLink;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The readiness rule (docs/readiness.md) on the seven seed cards, checked by hand against their text, and on a card that declares everything. */
class ReadinessTest {

    private static final Map<String, CardForm> SEED = SeedCards.all();

    /**
     * The seed lost every checkbox: no stage's mode, no exchange's mode, no visits count is known, so every score is
     * the whole range 0–100 and no trips figure is known; the recipients are the seed's figures, «at least» as their
     * period is not ticked. The exchanges are the rows of §7 and §8 each card lists.
     */
    @Test
    void theSeedCardsAsTheirTextGivesThem() {
        // key: §7 + §8 rows, recipients (null: the seed gives none)
        Map<String, Object[]> byHand = Map.of(
                "prisoner-education", new Object[]{1 + 2, 80_000L},
                "prisoner-employment", new Object[]{1 + 2, 25_000L},
                "prisoner-support", new Object[]{1 + 3, 3_000L},
                "prisoner-transfer", new Object[]{1 + 2, null},
                "prisoner-visits", new Object[]{1 + 1, null},
                "prisoner-admission", new Object[]{1 + 1, 600_000L},
                "prisoner-judicial-services", new Object[]{1 + 1, null});
        assertEquals(byHand.keySet(), SEED.keySet());
        byHand.forEach((key, expected) -> {
            Readiness r = Readiness.of(SEED.get(key));
            assertEquals(new Readiness.Stages(0, 0, 4, List.of(), List.of(Stage.values())), r.stages(), key);
            assertNull(r.inPersonVisits(), key);
            assertEquals(Readiness.Exchanges.of(0, 0, 0, (int) expected[0]), r.exchanges(), key);
            assertEquals(Readiness.Score.of(0, 100), r.score(), key);
            assertFalse(r.score().known(), key);
            assertEquals(expected[1] == null ? null : new Readiness.Figure((Long) expected[1], false),
                    r.yearlyRecipients(), key);
            assertNull(r.tripsSaved(), key);
        });
    }

    /**
     * Two stages electronic, two not; two visits; §7/§8 two online, one batch, one on paper; 1,000 a month:
     * stages ½ × 50 + visits ⅓ × 25 + exchanges ¾ × 25 = 52.1 → 52; trips 12,000 × 2 × 2 = 48,000 a year.
     */
    @Test
    void aCardThatDeclaresEverything() {
        Readiness r = Readiness.of(declared(1_000L, Period.MONTH, 2, DeliveryMode.NON_ELECTRONIC));
        assertEquals(new Readiness.Stages(2, 2, 0, List.of(Stage.PRODUCTION, Stage.DELIVERY), List.of()), r.stages());
        assertEquals(Readiness.Exchanges.of(2, 1, 1, 0), r.exchanges());
        assertEquals(Readiness.Score.of(52, 52), r.score());
        assertTrue(r.score().known());
        assertEquals(new Readiness.Figure(12_000, true), r.yearlyRecipients());
        assertEquals(new Readiness.Figure(48_000, true), r.tripsSaved());
    }

    /** An unknown stage widens the score by its weight and makes the trips a lower bound, never counted as one way. */
    @Test
    void anUnknownStageIsARangeNotAGuess() {
        Readiness r = Readiness.of(declared(500L, Period.SEASON, 1, null));
        assertEquals(new Readiness.Stages(2, 1, 1, List.of(Stage.PRODUCTION), List.of(Stage.DELIVERY)), r.stages());
        // stages 2/4 to 3/4 of 50 (25 to 37.5), visits ½ of 25 (12.5), exchanges ¾ of 25 (18.75): 56.25 to 68.75
        assertEquals(Readiness.Score.of(56, 69), r.score());
        assertEquals(new Readiness.Figure(2_000, true), r.yearlyRecipients());
        assertEquals(new Readiness.Figure(2_000, false), r.tripsSaved());
    }

    /** No visit needed: nothing to save, whatever else is unknown; with no exchanges, stages and visits share the score. */
    @Test
    void noVisitsAndNoExchanges() {
        CardForm seed = SEED.get("prisoner-visits");
        CardForm form = new CardForm(seed.formatVersion(), seed.key(), seed.summary(), seed.identification(),
                seed.specification(), new Details(null, null, null, null, 0, null, null), seed.access(), List.of(),
                List.of(), seed.processTitles(), seed.processDiagram(), seed.filler());
        Readiness r = Readiness.of(form);
        assertEquals(new Readiness.Figure(0, true), r.tripsSaved());
        // stages 0 to 1 of 50, visits 1 of 25, out of 75
        assertEquals(Readiness.Score.of(33, 100), r.score());
    }

    /** Where digitising pays most: trips saved first, then recipients where trips are unknown. */
    @Test
    void thePriorityOrder() {
        ReadinessReport.CardRow admission = row("a", Readiness.of(SEED.get("prisoner-admission")));
        ReadinessReport.CardRow support = row("b", Readiness.of(SEED.get("prisoner-support")));
        ReadinessReport.CardRow transfer = row("c", Readiness.of(SEED.get("prisoner-transfer")));
        ReadinessReport.CardRow declared = row("d", Readiness.of(declared(10L, Period.YEAR, 1, DeliveryMode.NON_ELECTRONIC)));
        List<ReadinessReport.CardRow> rows = new java.util.ArrayList<>(List.of(transfer, support, admission, declared));
        rows.sort(ReadinessReport.PRIORITY);
        assertEquals(List.of(declared, admission, support, transfer), rows);
    }

    private static ReadinessReport.CardRow row(String key, Readiness r) {
        return new ReadinessReport.CardRow(key, 1, null, key, null, null, null, null, r, ReadinessReport.Measured.of(0, 0));
    }

    private static CardForm declared(Long recipients, Period period, int visits, DeliveryMode delivery) {
        CardForm seed = SEED.get("prisoner-visits");
        Access access = new Access(null, null, stage(DeliveryMode.ELECTRONIC), stage(DeliveryMode.ELECTRONIC),
                stage(DeliveryMode.NON_ELECTRONIC), delivery == null ? null : stage(delivery));
        return new CardForm(seed.formatVersion(), seed.key(), seed.summary(), seed.identification(),
                seed.specification(), new Details(recipients, period, null, null, visits, null, null), access,
                List.of(new SystemLink("s", null, LinkMode.ONLINE), new SystemLink("t", null, LinkMode.BATCH)),
                List.of(new AgencyLink("judiciary", null, null, null, LinkMode.ONLINE, null),
                        new AgencyLink("foreign-ministry", null, null, null, LinkMode.NON_ELECTRONIC, null)),
                seed.processTitles(), seed.processDiagram(), seed.filler());
    }

    private static StageChannel stage(DeliveryMode mode) {
        return new StageChannel(mode, null, null, null, null, null, null, null);
    }
}
