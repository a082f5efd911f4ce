package ir.khadamat.catalog;

import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import static ir.khadamat.json.SharedJson.JSON;

/**
 * What importing a bundle's agencies and cards would change in this installation, and what stops it: the rules of
 * the move, on plain objects ({@link CatalogTransfer} reads the installation and applies the plan).
 * <ul>
 *     <li>A card is the same card in both installations by its key (keys are unique nationally). A card the
 *     installation lacks is added with every version. Of a card it has, the versions must be the same as far as the
 *     installation's go — the same form and process definition — and the bundle may add newer ones, or carry an
 *     older one further in its life (published → superseded); an installation ahead of the bundle, or a version
 *     with another content, is a conflict: nothing is merged.</li>
 *     <li>An agency is the same by its code; the bundle's names and parent are taken.</li>
 *     <li>Refused as a bundle at fault (400): versions not numbered 1, 2, 3…, a card twice, a province or a parent
 *     agency nobody has, an edition of a card nobody has. Refused as a conflict (409): a service ID another card
 *     family holds here, a card of another province here.</li>
 * </ul>
 * A finding names its place in the bundle as a JSON Pointer ({@code /cards/2/versions/1}).
 */
public final class TransferPlan {

    /** An agency of a registry as it moves. */
    public record AgencyEntry(String code, String persianName, String englishName, String parent) {
    }

    /** A card with every version, the oldest first. */
    public record CardEntry(String key, String provinceCode, String baseKey, List<TransferredVersion> versions) {

        /** The key of the family the card's service ID belongs to: a national card and its provincial editions. */
        String family() {
            return baseKey != null ? baseKey : key;
        }
    }

    /** One change the import makes: what is added or updated, and how. */
    public record Change(Action action, String subject, String id, String detail) {
    }

    public enum Action { ADD, UPDATE }

    /** Something in the bundle that stops the import, by its place in the bundle. */
    public record Finding(String pointer, String message) {
    }

    /**
     * What the installation has.
     *
     * @param cards      its cards by key, each with every version (in any order)
     * @param agencies   its agencies by code
     * @param provinces  the codes of its provinces
     * @param serviceIds for each service ID given here, the card families that hold it
     */
    public record Installation(Map<String, CardEntry> cards, Map<String, AgencyEntry> agencies, Set<String> provinces,
                               Map<String, Set<String>> serviceIds) {
    }

    private final List<Change> changes = new ArrayList<>();
    private final List<Finding> faults = new ArrayList<>();
    private final List<Finding> conflicts = new ArrayList<>();
    private int unchanged;

    private TransferPlan() {
    }

    /**
     * The plan of importing these agencies and cards.
     *
     * @param serviceIdOf the service ID (§2) a version's form gives, or null
     */
    public static TransferPlan of(Installation here, List<AgencyEntry> agencies, List<CardEntry> cards,
                                  Function<TransferredVersion, String> serviceIdOf) {
        TransferPlan plan = new TransferPlan();
        plan.agencies(here, agencies);
        Set<String> keys = new HashSet<>();
        Map<String, String> familyOfServiceId = new HashMap<>();
        for (int i = 0; i < cards.size(); i++) {
            CardEntry card = cards.get(i);
            String at = "/cards/" + i;
            if (!keys.add(card.key())) {
                plan.faults.add(new Finding(at + "/key", "the card " + card.key() + " is in the bundle twice"));
                continue;
            }
            plan.card(here, card, at, cards, serviceIdOf, familyOfServiceId);
        }
        return plan;
    }

    private void agencies(Installation here, List<AgencyEntry> agencies) {
        Set<String> codes = new HashSet<>(here.agencies().keySet());
        agencies.forEach(a -> codes.add(a.code()));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < agencies.size(); i++) {
            AgencyEntry a = agencies.get(i);
            String at = "/agencies/" + i;
            if (!seen.add(a.code())) {
                faults.add(new Finding(at + "/code", "the agency " + a.code() + " is in the bundle twice"));
            } else if (a.parent() != null && !codes.contains(a.parent())) {
                faults.add(new Finding(at + "/parent", "the parent agency " + a.parent() + " is in neither the bundle nor this installation"));
            } else if (!here.agencies().containsKey(a.code())) {
                changes.add(new Change(Action.ADD, "agency", a.code(), a.persianName()));
            } else if (!here.agencies().get(a.code()).equals(a)) {
                changes.add(new Change(Action.UPDATE, "agency", a.code(), "names or parent as in the bundle"));
            } else {
                unchanged++;
            }
        }
    }

    private void card(Installation here, CardEntry card, String at, List<CardEntry> bundle,
                      Function<TransferredVersion, String> serviceIdOf, Map<String, String> familyOfServiceId) {
        List<TransferredVersion> versions = card.versions();
        for (int j = 0; j < versions.size(); j++) {
            if (versions.get(j).versionNo() != j + 1) {
                faults.add(new Finding(at + "/versions/" + j + "/versionNo", "the versions of " + card.key()
                        + " are not numbered 1, 2, 3… in order (" + versions.get(j).versionNo() + " at place " + (j + 1) + ")"));
                return;
            }
        }
        if (versions.isEmpty()) {
            faults.add(new Finding(at + "/versions", "the card " + card.key() + " has no version"));
            return;
        }
        if (card.provinceCode() != null && !here.provinces().contains(card.provinceCode())) {
            faults.add(new Finding(at + "/provinceCode", "this installation has no province " + card.provinceCode()));
            return;
        }
        if (card.baseKey() != null && !here.cards().containsKey(card.baseKey())
                && bundle.stream().noneMatch(c -> c.key().equals(card.baseKey()))) {
            faults.add(new Finding(at + "/baseKey", "the national card " + card.baseKey() + " of this edition is in neither the bundle nor this installation"));
            return;
        }
        for (int j = 0; j < versions.size(); j++) {
            String id = serviceIdOf.apply(versions.get(j));
            if (id == null) {
                continue;
            }
            String family = familyOfServiceId.putIfAbsent(id, card.family());
            if (family != null && !family.equals(card.family())) {
                faults.add(new Finding(at + "/versions/" + j + "/form/identification/serviceId",
                        "the service ID " + id + " is given to two cards of the bundle (" + family + ", " + card.family() + ")"));
                return;
            }
            Set<String> holders = here.serviceIds().getOrDefault(id, Set.of());
            if (holders.stream().anyMatch(f -> !f.equals(card.family()))) {
                conflicts.add(new Finding(at + "/versions/" + j + "/form/identification/serviceId",
                        "the service ID " + id + " belongs to another card here (" + String.join(", ", holders) + ")"));
                return;
            }
        }
        CardEntry mine = here.cards().get(card.key());
        if (mine == null) {
            TransferredVersion newest = versions.get(versions.size() - 1);
            changes.add(new Change(Action.ADD, "card", card.key(), versions.size() + " version(s), the newest "
                    + newest.status()));
            return;
        }
        if (!Objects.equals(mine.provinceCode(), card.provinceCode()) || !Objects.equals(mine.baseKey(), card.baseKey())) {
            conflicts.add(new Finding(at, "the card " + card.key() + " here is of " + where(mine) + ", in the bundle of "
                    + where(card)));
            return;
        }
        Map<Integer, TransferredVersion> ours = new HashMap<>();
        mine.versions().forEach(v -> ours.put(v.versionNo(), v));
        if (ours.size() > versions.size()) {
            conflicts.add(new Finding(at + "/versions", "this installation has " + ours.size() + " versions of "
                    + card.key() + ", the bundle " + versions.size() + ": it is ahead of the bundle"));
            return;
        }
        List<Change> found = new ArrayList<>();
        for (int j = 0; j < versions.size(); j++) {
            TransferredVersion theirs = versions.get(j);
            TransferredVersion our = ours.get(theirs.versionNo());
            String place = at + "/versions/" + j;
            if (our == null) {
                found.add(new Change(Action.ADD, "version", card.key() + "/" + theirs.versionNo(), theirs.status().name()));
            } else if (!sameJson(our.formJson(), theirs.formJson()) || !sameJson(our.processJson(), theirs.processJson())) {
                conflicts.add(new Finding(place, "version " + theirs.versionNo() + " of " + card.key()
                        + " has another content here than in the bundle"));
                return;
            } else if (rank(our.status()) > rank(theirs.status())) {
                conflicts.add(new Finding(place + "/status", "version " + theirs.versionNo() + " of " + card.key()
                        + " is " + our.status() + " here, further than in the bundle (" + theirs.status() + ")"));
                return;
            } else if (!sameState(our, theirs)) {
                found.add(new Change(Action.UPDATE, "version", card.key() + "/" + theirs.versionNo(),
                        our.status() + " → " + theirs.status()));
            } else {
                unchanged++;
            }
        }
        changes.addAll(found);
    }

    private static String where(CardEntry card) {
        return (card.provinceCode() == null ? "the nation" : "province " + card.provinceCode())
                + (card.baseKey() == null ? "" : ", an edition of " + card.baseKey());
    }

    /** The order of a version's life: a version moves on, never back. */
    static int rank(CardStatus status) {
        return switch (status) {
            case DRAFT -> 0;
            case SUBMITTED, CHANGES_REQUESTED -> 1;
            case APPROVED -> 2;
            case PUBLISHED -> 3;
            case SUPERSEDED -> 4;
        };
    }

    /** The same state and times (what {@link ServiceCard#takeStateOf} takes; the content is compared apart). */
    static boolean sameState(TransferredVersion a, TransferredVersion b) {
        return a.status() == b.status() && Objects.equals(a.baseVersion(), b.baseVersion())
                && Objects.equals(a.updatedAt(), b.updatedAt())
                && Objects.equals(a.submittedAt(), b.submittedAt()) && Objects.equals(a.publishedAt(), b.publishedAt());
    }

    /** The same JSON value, whatever the spacing (both null: the same). */
    static boolean sameJson(String a, String b) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        return parse(a).equals(parse(b));
    }

    private static JsonValue parse(String json) {
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }

    /** The changes, agencies first, then cards in the bundle's order. */
    public List<Change> changes() {
        return List.copyOf(changes);
    }

    /** What is wrong with the bundle itself (the import is refused: 400). */
    public List<Finding> faults() {
        return List.copyOf(faults);
    }

    /** Where the bundle and this installation disagree (the import is refused: 409). */
    public List<Finding> conflicts() {
        return List.copyOf(conflicts);
    }

    /** How many agencies and versions are already as the bundle has them. */
    public int unchanged() {
        return unchanged;
    }
}
