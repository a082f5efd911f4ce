package ir.khadamat.catalog;

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

import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Map;

/**
 * This node's in-memory copy of what the catalogue searches and counts: for every card its summary row,
 * facet codes and normalised text, in display order. It is rebuilt from the database when the catalogue's
 * revision (one row, incremented by every change) differs from the one it was built from, so every node
 * of a cluster answers from the current catalogue at the cost of one primary-key read per search.
 */
@PermitAll
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CatalogIndex {

    /** One card as the catalogue searches it. */
    public record Entry(CardSummary summary, String serviceTypes, String relatedEvents, String serviceLevels,
                        String searchText, String provinceCode, boolean latest) {
    }

    /**
     * The index at one revision of the catalogue: the entries in display order and, for each distinct word of
     * their texts, the set of entries (by position) that contain it. Each pair of neighbouring words is a word of
     * the vocabulary too, so a word typed without its space or ZWNJ («حرفهآموزی») finds «حرفه آموزی»; the other
     * way round needs nothing, since each half of «حرفه آموزی» is found inside «حرفهآموزی».
     */
    public static final class Snapshot {
        private final long revision;
        private final List<Entry> entries;
        private final Map<String, BitSet> postings = new HashMap<>();

        Snapshot(long revision, List<Entry> entries) {
            this.revision = revision;
            this.entries = entries;
            for (int i = 0; i < entries.size(); i++) {
                String[] words = entries.get(i).searchText().split(" ");
                for (int w = 0; w < words.length; w++) {
                    post(words[w], i);
                    if (w > 0) {
                        post(words[w - 1] + words[w], i);
                    }
                }
            }
        }

        private void post(String word, int entry) {
            postings.computeIfAbsent(word, w -> new BitSet()).set(entry);
        }

        public long revision() {
            return revision;
        }

        public List<Entry> entries() {
            return entries;
        }

        /**
         * The entries whose text has a word containing the given (normalised) word — the same as looking for it
         * in the whole text, since neither has spaces — found through the vocabulary instead of every text.
         */
        public BitSet containing(String word) {
            BitSet found = new BitSet(entries.size());
            postings.forEach((w, cards) -> {
                if (w.contains(word)) {
                    found.or(cards);
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
                snapshot = new Snapshot(revision, load());
            }
            return snapshot;
        }
    }

    private long revision() {
        return em.createQuery("SELECT r.revision FROM CatalogRevision r WHERE r.id = :id", Long.class)
                .setParameter("id", CatalogRevision.THE_ROW).getSingleResult();
    }

    private List<Entry> load() {
        return em.createQuery("SELECT c.id, c.cardKey, c.title, c.summary, c.serviceId, c.status, a.code, a.persianName,"
                        + " c.electronicStages, c.serviceTypes, c.relatedEvents, c.serviceLevels, c.searchText,"
                        + " c.provinceCode, c.latest, c.versionNo"
                        + " FROM ServiceCard c LEFT JOIN c.executiveAgency a", Object[].class)
                .getResultStream()
                .map(r -> new Entry(new CardSummary((Long) r[0], (String) r[1], (String) r[2], (String) r[3],
                        Objects.toString(r[4], null), (CardStatus) r[5], (String) r[6], (String) r[7], (Integer) r[8],
                        (String) r[13], (Integer) r[15]),
                        (String) r[9], (String) r[10], (String) r[11], (String) r[12], (String) r[13],
                        (Boolean) r[14]))
                .sorted(DISPLAY_ORDER)
                .toList();
    }
}
