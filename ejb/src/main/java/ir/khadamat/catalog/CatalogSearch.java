package ir.khadamat.catalog;

import ir.khadamat.tenancy.Caller;
import ir.khadamat.tenancy.Callers;
import jakarta.annotation.security.PermitAll;

import ir.khadamat.catalog.form.LifeEvent;
import ir.khadamat.catalog.form.ServiceLevel;
import ir.khadamat.catalog.form.ServiceType;
import ir.khadamat.persian.PersianText;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Searches the national catalogue: free text after Persian normalisation (Arabic ي/ك as ی/ک, any digits
 * as ASCII, no ZWNJ or diacritics), facet filters, facet counts over all matches, and paging — over
 * this node's {@link CatalogIndex}, which follows the database's catalogue revision.
 */
@PermitAll
@Stateless
public class CatalogSearch {

    @EJB
    private CatalogIndex index;

    @EJB
    private Callers callers;

    /**
     * One page of the cards the caller may see, each in the version the caller sees (as {@link ServiceCatalog}
     * shows it): the newest version of the caller's own cards (every card for national users), and the published
     * version of cards for everyone else.
     */
    public CatalogPage search(CatalogQuery query) {
        return search(query, null, true);
    }

    /**
     * {@link #search(CatalogQuery) One page} of the cards in an order asked for ({@link CatalogOrder}); no order is
     * the catalogue's own (titles in Persian alphabetical order).
     */
    public CatalogPage search(CatalogQuery query, CatalogOrder order, boolean ascending) {
        CatalogIndex.Snapshot snapshot = index.current();
        List<CatalogIndex.Entry> entries = snapshot.entries();
        Caller caller = callers.current();
        BitSet candidates = new BitSet(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            if (visible(caller, entries.get(i))) {
                candidates.set(i);
            }
        }
        String text = PersianText.normalize(query.text());
        if (text != null && !text.isEmpty()) {
            for (String word : text.split(" ")) {
                candidates.and(snapshot.containing(word));
            }
        }
        Predicate<CatalogIndex.Entry> filter = facetFilter(query);
        List<CatalogIndex.Entry> matches = new ArrayList<>();
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            if (filter.test(entries.get(i))) {
                matches.add(entries.get(i));
            }
        }
        Stream<CardSummary> ordered = matches.stream().map(CatalogIndex.Entry::summary);
        if (order != null) {
            ordered = ordered.sorted(order.comparator(ascending));
        }
        List<CardSummary> items = ordered.skip(query.offset()).limit(query.size()).toList();
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        facets.put("type", choiceCounts(matches, CatalogIndex.Entry::serviceTypes, CatalogIndex.Entry::typeMask,
                ServiceType.values()));
        facets.put("event", choiceCounts(matches, CatalogIndex.Entry::relatedEvents, CatalogIndex.Entry::eventMask,
                LifeEvent.values()));
        facets.put("level", choiceCounts(matches, CatalogIndex.Entry::serviceLevels, CatalogIndex.Entry::levelMask,
                ServiceLevel.values()));
        facets.put("agency", groupCounts(matches, e -> e.summary().agencyCode()));
        facets.put("electronicStages", groupCounts(matches,
                e -> e.summary().electronicStages() == null ? null : e.summary().electronicStages().toString()));
        return new CatalogPage(items, matches.size(), query.page(), query.size(), facets);
    }

    /**
     * The cards whose version the caller sees ({@link #search}) is published — the services a case can be started
     * of — in the catalogue's order.
     */
    public List<CardSummary> published() {
        return search(CatalogQuery.all().everything()).items().stream()
                .filter(c -> c.status() == CardStatus.PUBLISHED).toList();
    }

    /**
     * The cards the signed-in author works on, in the catalogue's order: the newest version of each card of their
     * province (of each national card, for national users).
     */
    public List<CardSummary> authorsCards() {
        boolean national = callers.current().isNational();
        return search(CatalogQuery.all().everything()).items().stream()
                .filter(c -> national == (c.provinceCode() == null)).toList();
    }

    /** The national cards published, of which a province makes its edition. */
    public List<CardSummary> publishedNationalCards() {
        return published().stream().filter(c -> c.provinceCode() == null).toList();
    }

    /** The same rule as {@link ServiceCatalog#readsEveryVersion} and {@link ServiceCatalog#isPublic}, on index entries. */
    static boolean visible(Caller caller, CatalogIndex.Entry e) {
        boolean own = !caller.isAnonymous() && (caller.isNational()
                || caller.provinceCode() != null && caller.provinceCode().equals(e.provinceCode()));
        return own ? e.latest() : e.summary().status() == CardStatus.PUBLISHED;
    }

    private static Predicate<CatalogIndex.Entry> facetFilter(CatalogQuery query) {
        List<Predicate<CatalogIndex.Entry>> conditions = new ArrayList<>();
        if (query.agency() != null) {
            conditions.add(matches(query.agency(), e -> e.summary().agencyCode()));
        }
        if (query.type() != null) {
            conditions.add(chosen(query.type(), CatalogIndex.Entry::serviceTypes, CatalogIndex.Entry::typeMask,
                    ServiceType.values()));
        }
        if (query.event() != null) {
            conditions.add(chosen(query.event(), CatalogIndex.Entry::relatedEvents, CatalogIndex.Entry::eventMask,
                    LifeEvent.values()));
        }
        if (query.level() != null) {
            conditions.add(chosen(query.level(), CatalogIndex.Entry::serviceLevels, CatalogIndex.Entry::levelMask,
                    ServiceLevel.values()));
        }
        Integer stages = query.electronicStages();
        if (stages != null) {
            conditions.add(stages == CatalogQuery.UNKNOWN_STAGES
                    ? e -> e.summary().electronicStages() == null
                    : e -> stages.equals(e.summary().electronicStages()));
        }
        return conditions.stream().reduce(e -> true, Predicate::and);
    }

    /** A facet filter of a single value: the value {@code unknown} finds cards whose form does not say. */
    private static Predicate<CatalogIndex.Entry> matches(String value, Function<CatalogIndex.Entry, String> column) {
        if (CatalogQuery.UNKNOWN.equals(value)) {
            return e -> column.apply(e) == null;
        }
        return e -> value.equals(column.apply(e));
    }

    /** A facet filter of a choice set, by the value's bit: {@code unknown} finds cards whose form does not say. */
    private static Predicate<CatalogIndex.Entry> chosen(String value, Function<CatalogIndex.Entry, String> column,
                                                        ToLongFunction<CatalogIndex.Entry> mask, Enum<?>[] values) {
        if (CatalogQuery.UNKNOWN.equals(value)) {
            return e -> column.apply(e) == null;
        }
        long bit = ChoiceCodes.mask(ChoiceCodes.token(value), values);
        return e -> bit != 0 && (mask.applyAsLong(e) & bit) != 0;
    }

    /** Counts of each value of a choice set, in the form's order, then unknown; values no match has are left out. */
    private static Map<String, Long> choiceCounts(List<CatalogIndex.Entry> matches, Function<CatalogIndex.Entry, String> column,
                                                  ToLongFunction<CatalogIndex.Entry> mask, Enum<?>[] values) {
        long[] counts = new long[values.length];
        long unknown = 0;
        for (CatalogIndex.Entry e : matches) {
            if (column.apply(e) == null) {
                unknown++;
                continue;
            }
            long bits = mask.applyAsLong(e);
            for (int i = 0; bits != 0 && i < values.length; i++) {
                if ((bits & (1L << i)) != 0) {
                    counts[i]++;
                }
            }
        }
        Map<String, Long> facet = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            if (counts[i] > 0) {
                facet.put(values[i].name(), counts[i]);
            }
        }
        if (unknown > 0) {
            facet.put(CatalogQuery.UNKNOWN, unknown);
        }
        return facet;
    }

    /** Counts of a single-valued facet, values in order, unknown last. */
    private static Map<String, Long> groupCounts(List<CatalogIndex.Entry> matches,
                                                 Function<CatalogIndex.Entry, String> value) {
        Map<String, Long> known = new TreeMap<>();
        long unknown = 0;
        for (CatalogIndex.Entry e : matches) {
            String v = value.apply(e);
            if (v == null) {
                unknown++;
            } else {
                known.merge(v, 1L, Long::sum);
            }
        }
        Map<String, Long> facet = new LinkedHashMap<>(known);
        if (unknown > 0) {
            facet.put(CatalogQuery.UNKNOWN, unknown);
        }
        return facet;
    }

    /**
     * Every card's title by its key, from this node's index: the published version's title where there is one.
     * Titles are public once published, so this is not scoped to the caller (the work lists name their services).
     */
    public Map<String, String> titles() {
        return index.current().titles();
    }
}
