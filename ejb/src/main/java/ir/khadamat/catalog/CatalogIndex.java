package ir.khadamat.catalog;

import ir.khadamat.catalog.form.LifeEvent;
import ir.khadamat.catalog.form.ServiceLevel;
import ir.khadamat.catalog.form.ServiceType;
import ir.khadamat.persian.AlphabeticalOrder;
import ir.khadamat.persian.Iran;
import ir.khadamat.tenancy.Caller;
import ir.khadamat.tenancy.TenantScope;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Map;

/**
 * This node's in-memory copy of what the catalogue searches and counts: for every card its summary row,
 * facet codes and the words of its text, in display order. When the catalogue's revision (one row, incremented by
 * every change) differs from the one it holds, it reads again only the cards changed since (noted beside the
 * revision, {@link CatalogRevision}), or everything after a change to many; so every node of a cluster answers from
 * the current catalogue at the cost of one primary-key read per search, and a card saved is found by the next search
 * on any node, at the cost of that card.
 */
@PermitAll
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CatalogIndex {

    /** More cards changed than this since the revision held, and the index is read whole rather than card by card. */
    static final int MOST_CHANGED = 500;

    /**
     * One card as the catalogue searches it.
     *
     * @param serviceTypes its choice set as kept ({@link ChoiceCodes}: null unknown); {@code typeMask} the same as
     *                     bits by the values' order, which the facets count without reading the text
     * @param searchText   its normalised words: taken in when the index is built, not kept (null in the index)
     */
    public record Entry(CardSummary summary, String serviceTypes, String relatedEvents, String serviceLevels,
                        String searchText, String provinceCode, boolean latest, long typeMask, long eventMask,
                        long levelMask) {

        public Entry(CardSummary summary, String serviceTypes, String relatedEvents, String serviceLevels,
                     String searchText, String provinceCode, boolean latest) {
            this(summary, serviceTypes, relatedEvents, serviceLevels, searchText, provinceCode, latest,
                    ChoiceCodes.mask(serviceTypes, ServiceType.values()), ChoiceCodes.mask(relatedEvents, LifeEvent.values()),
                    ChoiceCodes.mask(serviceLevels, ServiceLevel.values()));
        }

        private Entry withoutText() {
            return new Entry(summary, serviceTypes, relatedEvents, serviceLevels, null, provinceCode, latest, typeMask,
                    eventMask, levelMask);
        }
    }

    /**
     * The index at one revision of the catalogue: the entries in display order and, for each distinct word of
     * their texts, the entries that contain it. Each pair of neighbouring words is a word of the vocabulary too, so
     * a word typed without its space or ZWNJ («حرفهآموزی») finds «حرفه آموزی»; the other way round needs nothing,
     * since each half of «حرفه آموزی» is found inside «حرفهآموزی».
     * <p>
     * Entries are kept in slots that a later revision only adds to: the cards changed take new slots, their old
     * ones are left dead, and the display order is merged anew; so a revision costs the cards it changed, not the
     * catalogue. A word's entries are its slots in ascending order, an {@code int[]}: four bytes an occurrence, where a
     * {@code BitSet} per word took a bit for every card before the last one with it (48 MB per 10,000 cards).
     */
    public static final class Snapshot {
        private final long revision;
        /** Every entry taken in, by slot; the dead ones stay until the index is read whole again. */
        private final List<Entry> slots;
        private final int live;
        /** The live slots in display order. */
        private final int[] order;
        /** Each slot's display position; -1 for a dead one. */
        private final int[] positions;
        private final Map<String, int[]> postings;
        /** Each card's title, built once for this index ({@link #titles}). */
        private volatile Map<String, String> titles;
        /** What {@link #containing} found, by word, for the searches that come again (cleared when it grows). */
        private final Map<String, BitSet> found = new java.util.concurrent.ConcurrentHashMap<>();

        /** An index of these entries, in this (display) order. */
        Snapshot(long revision, List<Entry> entries) {
            this(revision, List.of(), new HashMap<>(), new int[0], entries);
        }

        /**
         * The index after a revision that changed these cards: the entries of the cards given taken out, those read
         * again ({@code entries}, every version of those cards there still is) put in, at their places.
         */
        Snapshot changed(long revision, Collection<String> cardKeys, List<Entry> entries) {
            Set<String> keys = Set.copyOf(cardKeys);
            List<Integer> kept = new ArrayList<>(order.length);
            for (int slot : order) {
                if (!keys.contains(slots.get(slot).summary().key())) {
                    kept.add(slot);
                }
            }
            List<Entry> sorted = new ArrayList<>(entries);
            sorted.sort(DISPLAY_ORDER);
            return new Snapshot(revision, slots, new HashMap<>(postings), kept.stream().mapToInt(Integer::intValue).toArray(),
                    sorted);
        }

        /**
         * @param postings the old slots' (a copy this index may change)
         * @param oldOrder the slots of {@code oldSlots} still live, in display order
         * @param added    new entries in display order, merged among them
         */
        private Snapshot(long revision, List<Entry> oldSlots, Map<String, int[]> postings, int[] oldOrder,
                         List<Entry> added) {
            this.revision = revision;
            List<Entry> all = new ArrayList<>(oldSlots.size() + added.size());
            all.addAll(oldSlots);
            Map<String, List<Integer>> more = new HashMap<>();
            int[] addedSlots = new int[added.size()];
            for (int i = 0; i < added.size(); i++) {
                Entry e = added.get(i);
                addedSlots[i] = all.size();
                all.add(e.withoutText());
                for (String word : words(e.searchText())) {
                    more.computeIfAbsent(word, w -> new ArrayList<>()).add(addedSlots[i]);
                }
            }
            more.forEach((word, list) -> postings.merge(word, list.stream().mapToInt(Integer::intValue).toArray(),
                    (a, b) -> {
                        int[] both = Arrays.copyOf(a, a.length + b.length);
                        System.arraycopy(b, 0, both, a.length, b.length);
                        return both;
                    }));
            this.slots = Collections.unmodifiableList(all);
            this.postings = postings;
            // merge the two display orders: the kept slots' and the added ones'
            int[] merged = new int[oldOrder.length + addedSlots.length];
            int a = 0;
            int b = 0;
            for (int k = 0; k < merged.length; k++) {
                boolean takeOld = b >= addedSlots.length || a < oldOrder.length
                        && DISPLAY_ORDER.compare(all.get(oldOrder[a]), all.get(addedSlots[b])) <= 0;
                merged[k] = takeOld ? oldOrder[a++] : addedSlots[b++];
            }
            this.order = merged;
            this.live = merged.length;
            this.positions = new int[all.size()];
            Arrays.fill(positions, -1);
            for (int k = 0; k < merged.length; k++) {
                positions[merged[k]] = k;
            }
        }

        /**
         * Each card's title by its key — its published version's, else its first in display order — built once for this
         * index and kept with it: a staff inbox page names its cases' services from it, whatever the catalogue's size.
         */
        public Map<String, String> titles() {
            Map<String, String> known = titles;
            if (known == null) {
                Map<String, String> byKey = new HashMap<>();
                for (int slot : order) {
                    Entry e = slots.get(slot);
                    if (e.summary().status() == CardStatus.PUBLISHED || !byKey.containsKey(e.summary().key())) {
                        byKey.put(e.summary().key(), e.summary().title());
                    }
                }
                titles = known = Collections.unmodifiableMap(byKey);
            }
            return known;
        }

        /** An entry's words, each once, and each pair of neighbouring words. */
        private static Set<String> words(String text) {
            Set<String> words = new LinkedHashSet<>();
            if (text == null || text.isEmpty()) {
                return words;
            }
            String[] split = text.split(" ");
            for (int w = 0; w < split.length; w++) {
                words.add(split[w]);
                if (w > 0) {
                    words.add(split[w - 1] + split[w]);
                }
            }
            return words;
        }

        public long revision() {
            return revision;
        }

        /** The live entries in display order. */
        public List<Entry> entries() {
            return new AbstractList<>() {
                @Override
                public Entry get(int index) {
                    return slots.get(order[index]);
                }

                @Override
                public int size() {
                    return order.length;
                }
            };
        }

        /** Whether so many slots are dead that the index should be read whole again (it then takes less memory). */
        boolean wornOut() {
            return slots.size() - live > Math.max(MOST_CHANGED, live / 4);
        }

        /**
         * The entries (by display position) whose text has a word containing the given (normalised) word — the same
         * as looking for it in the whole text, since neither has spaces — found through the vocabulary instead of
         * every text. The set answered is shared with later searches of the word: not to be changed.
         */
        public BitSet containing(String word) {
            BitSet known = found.get(word);
            if (known != null) {
                return known;
            }
            if (found.size() > 1000) {
                found.clear();
            }
            BitSet result = lookUp(word);
            found.put(word, result);
            return result;
        }

        private BitSet lookUp(String word) {
            BitSet found = new BitSet(order.length);
            postings.forEach((w, cards) -> {
                if (w.contains(word)) {
                    for (int slot : cards) {
                        int position = positions[slot];
                        if (position >= 0) {
                            found.set(position);
                        }
                    }
                }
            });
            return found;
        }
    }

    /** Persian alphabetical order of titles, whatever the database's collation; then the order cards were made. */
    static final Comparator<Entry> DISPLAY_ORDER = AlphabeticalOrder.<Entry>by(e -> e.summary().title(), Iran.PERSIAN)
            .thenComparing(e -> e.summary().id());

    @PersistenceContext
    private EntityManager em;

    private volatile Snapshot snapshot = new Snapshot(-1, List.of());

    /**
     * The index at the catalogue's current revision: every version of every card of every province, which
     * {@link CatalogSearch} narrows to what its caller may see. Read in a transaction of its own with the system's
     * national scope.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Snapshot current() {
        TenantScope.apply(em, Caller.SYSTEM);
        long revision = revision();
        Snapshot s = snapshot;
        if (s.revision() == revision) {
            return s;
        }
        synchronized (this) {
            if (snapshot.revision() != revision) {
                snapshot = refreshed(snapshot, revision);
            }
            return snapshot;
        }
    }

    /** The index at the revision: the cards changed since the one held read again, or every card. */
    private Snapshot refreshed(Snapshot held, long revision) {
        if (held.revision() >= 0 && held.revision() < revision && !held.wornOut()) {
            List<?> keys = em.createNativeQuery("SELECT DISTINCT card_key FROM catalog_change WHERE revision > ?1 AND revision <= ?2")
                    .setParameter(1, held.revision()).setParameter(2, revision).getResultList();
            if (!keys.contains(null) && keys.size() <= MOST_CHANGED) {
                List<String> changed = keys.stream().map(String::valueOf).toList();
                return held.changed(revision, changed, changed.isEmpty() ? List.of() : load(changed));
            }
        }
        return new Snapshot(revision, load(null).stream().sorted(DISPLAY_ORDER).toList());
    }

    private long revision() {
        return em.createQuery("SELECT r.revision FROM CatalogRevision r WHERE r.id = :id", Long.class)
                .setParameter("id", CatalogRevision.THE_ROW).getSingleResult();
    }

    /** Every version of the cards given (null: of every card). */
    private List<Entry> load(List<String> cardKeys) {
        var query = em.createQuery("SELECT c.id, c.cardKey, c.title, c.summary, c.serviceId, c.status, a.code, a.persianName,"
                + " c.electronicStages, c.serviceTypes, c.relatedEvents, c.serviceLevels, c.searchText,"
                + " c.provinceCode, c.latest, c.versionNo"
                + " FROM ServiceCard c LEFT JOIN c.executiveAgency a" + (cardKeys == null ? "" : " WHERE c.cardKey IN :keys"),
                Object[].class);
        if (cardKeys != null) {
            query.setParameter("keys", cardKeys);
        }
        return query.getResultStream()
                .map(r -> new Entry(new CardSummary((Long) r[0], (String) r[1], (String) r[2], (String) r[3],
                        Objects.toString(r[4], null), (CardStatus) r[5], (String) r[6], (String) r[7], (Integer) r[8],
                        (String) r[13], (Integer) r[15]),
                        (String) r[9], (String) r[10], (String) r[11], (String) r[12], (String) r[13],
                        (Boolean) r[14]))
                .toList();
    }
}
