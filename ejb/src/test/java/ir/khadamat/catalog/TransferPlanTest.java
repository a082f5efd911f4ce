package ir.khadamat.catalog;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of importing a bundle's cards and agencies, on plain objects. */
class TransferPlanTest {

    private static final Instant T = Instant.parse("2026-01-01T08:00:00Z");
    private static final Function<TransferredVersion, String> NO_SERVICE_ID = v -> null;

    private static TransferredVersion v(int n, CardStatus status, String form) {
        return new TransferredVersion(n, status, null, T, T.plusSeconds(n), null, null, form, null);
    }

    private static TransferPlan.CardEntry card(String key, TransferredVersion... versions) {
        return new TransferPlan.CardEntry(key, null, null, List.of(versions));
    }

    private static TransferPlan.Installation here(TransferPlan.CardEntry... cards) {
        Map<String, TransferPlan.CardEntry> byKey = new java.util.HashMap<>();
        for (TransferPlan.CardEntry c : cards) {
            byKey.put(c.key(), c);
        }
        return new TransferPlan.Installation(byKey, Map.of("prisons", new TransferPlan.AgencyEntry("prisons", "سازمان زندان‌ها", null, null)),
                Set.of("tehran"), Map.of("10000000001", Set.of("visits")));
    }

    private static TransferPlan plan(TransferPlan.Installation here, TransferPlan.CardEntry... cards) {
        return TransferPlan.of(here, List.of(), List.of(cards), NO_SERVICE_ID);
    }

    @Test
    void aCardNobodyHasIsAddedWithEveryVersion() {
        TransferPlan plan = plan(here(), card("visits", v(1, CardStatus.PUBLISHED, "{\"a\":1}"), v(2, CardStatus.DRAFT, "{\"a\":2}")));

        assertEquals(List.of(new TransferPlan.Change(TransferPlan.Action.ADD, "card", "visits", "2 version(s), the newest DRAFT")),
                plan.changes());
        assertEquals(List.of(), plan.faults());
        assertEquals(List.of(), plan.conflicts());
    }

    @Test
    void theSameCardIsUnchangedWhateverTheSpacingOfItsJson() {
        TransferPlan plan = plan(here(card("visits", v(1, CardStatus.PUBLISHED, "{\"a\": 1, \"b\": [1, 2]}"))),
                card("visits", v(1, CardStatus.PUBLISHED, "{\"a\":1,\"b\":[1,2]}")));

        assertEquals(List.of(), plan.changes());
        assertEquals(1, plan.unchanged());
    }

    @Test
    void newerVersionsAreAddedAndOlderOnesMoveOnInTheirLife() {
        TransferPlan plan = plan(here(card("visits", v(1, CardStatus.PUBLISHED, "{\"a\":1}"))),
                card("visits", v(1, CardStatus.SUPERSEDED, "{\"a\":1}"), v(2, CardStatus.PUBLISHED, "{\"a\":2}")));

        assertEquals(List.of(new TransferPlan.Change(TransferPlan.Action.UPDATE, "version", "visits/1", "PUBLISHED → SUPERSEDED"),
                new TransferPlan.Change(TransferPlan.Action.ADD, "version", "visits/2", "PUBLISHED")), plan.changes());
        assertEquals(List.of(), plan.conflicts());
    }

    @Test
    void anotherContentUnderTheSameVersionIsAConflictAndNothingOfTheCardChanges() {
        TransferPlan plan = plan(here(card("visits", v(1, CardStatus.PUBLISHED, "{\"a\":1}"))),
                card("visits", v(1, CardStatus.SUPERSEDED, "{\"a\":9}"), v(2, CardStatus.PUBLISHED, "{\"a\":2}")));

        assertEquals(List.of(), plan.changes());
        assertEquals("/cards/0/versions/0", plan.conflicts().get(0).pointer());
        assertTrue(plan.conflicts().get(0).message().contains("another content"), plan.conflicts().toString());
    }

    @Test
    void anInstallationAheadOfTheBundleIsAConflict() {
        TransferPlan.Installation here = here(card("visits", v(1, CardStatus.SUPERSEDED, "{\"a\":1}"),
                v(2, CardStatus.PUBLISHED, "{\"a\":2}")));

        TransferPlan fewer = plan(here, card("visits", v(1, CardStatus.PUBLISHED, "{\"a\":1}")));
        TransferPlan behind = plan(here, card("visits", v(1, CardStatus.PUBLISHED, "{\"a\":1}"), v(2, CardStatus.PUBLISHED, "{\"a\":2}")));

        assertEquals("/cards/0/versions", fewer.conflicts().get(0).pointer());
        assertEquals("/cards/0/versions/0/status", behind.conflicts().get(0).pointer());
        assertTrue(behind.conflicts().get(0).message().contains("SUPERSEDED here"), behind.conflicts().toString());
    }

    @Test
    void aBundleAtFaultIsNamedByPlace() {
        TransferPlan gap = plan(here(), card("visits", v(1, CardStatus.PUBLISHED, "{}"), v(3, CardStatus.DRAFT, "{}")));
        TransferPlan twice = plan(here(), card("visits", v(1, CardStatus.DRAFT, "{}")), card("visits", v(1, CardStatus.DRAFT, "{}")));
        TransferPlan province = plan(here(), new TransferPlan.CardEntry("qom-visits", "qom", null, List.of(v(1, CardStatus.DRAFT, "{}"))));
        TransferPlan edition = plan(here(), new TransferPlan.CardEntry("tehran-visits", "tehran", "visits", List.of(v(1, CardStatus.DRAFT, "{}"))));

        assertEquals("/cards/0/versions/1/versionNo", gap.faults().get(0).pointer());
        assertEquals("/cards/1/key", twice.faults().get(0).pointer());
        assertEquals("/cards/0/provinceCode", province.faults().get(0).pointer());
        assertEquals("/cards/0/baseKey", edition.faults().get(0).pointer());
        // an edition whose national card comes in the same bundle is fine
        assertEquals(List.of(), plan(here(), card("visits", v(1, CardStatus.PUBLISHED, "{}")),
                new TransferPlan.CardEntry("tehran-visits", "tehran", "visits", List.of(v(1, CardStatus.DRAFT, "{}")))).faults());
    }

    @Test
    void aServiceIdAnotherFamilyHoldsIsAConflictOneOfTheSameFamilyIsNot() {
        Function<TransferredVersion, String> id = version -> "10000000001";

        TransferPlan other = TransferPlan.of(here(), List.of(), List.of(card("leave", v(1, CardStatus.PUBLISHED, "{}"))), id);
        TransferPlan edition = TransferPlan.of(here(card("visits", v(1, CardStatus.PUBLISHED, "{}"))), List.of(),
                List.of(new TransferPlan.CardEntry("tehran-visits",
                "tehran", "visits", List.of(v(1, CardStatus.PUBLISHED, "{}")))), id);
        TransferPlan two = TransferPlan.of(here(), List.of(), List.of(card("visits", v(1, CardStatus.PUBLISHED, "{}")),
                card("leave", v(1, CardStatus.PUBLISHED, "{}"))), id);

        assertEquals("/cards/0/versions/0/form/identification/serviceId", other.conflicts().get(0).pointer());
        assertEquals(List.of(), edition.conflicts());
        assertEquals(List.of(), edition.faults());
        assertEquals("/cards/1/versions/0/form/identification/serviceId", two.faults().get(0).pointer());
    }

    @Test
    void agenciesAreAddedOrTakeTheBundlesNames() {
        TransferPlan plan = TransferPlan.of(here(), List.of(
                new TransferPlan.AgencyEntry("prisons", "سازمان زندان‌ها", null, null),
                new TransferPlan.AgencyEntry("judiciary", "قوه قضاییه", "Judiciary", null),
                new TransferPlan.AgencyEntry("prisons-tehran", "اداره کل زندان‌های تهران", null, "prisons"),
                new TransferPlan.AgencyEntry("orphan", "یتیم", null, "nobody")), List.of(), NO_SERVICE_ID);

        assertEquals(List.of("judiciary", "prisons-tehran"), plan.changes().stream().map(TransferPlan.Change::id).toList());
        assertEquals(1, plan.unchanged());
        assertEquals("/agencies/3/parent", plan.faults().get(0).pointer());
    }
}
