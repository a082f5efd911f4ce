package ir.khadamat.catalog;

import ir.khadamat.persian.PersianText;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class CatalogIndexTest {

    private static CatalogIndex.Entry entry(long id, String title) {
        return new CatalogIndex.Entry(new CardSummary(id, "k" + id, title, null, null, CardStatus.PUBLISHED, null,
                null, null, null, 1), null, null, null, PersianText.normalize(title), null, true);
    }

    /** The entries, by id, that have every word of the query — as CatalogSearch asks. */
    private static List<Long> found(CatalogIndex.Snapshot index, String query) {
        BitSet hits = new BitSet();
        hits.set(0, index.entries().size());
        for (String word : PersianText.normalize(query).split(" ")) {
            hits.and(index.containing(word));
        }
        List<Long> ids = new ArrayList<>();
        hits.stream().forEach(i -> ids.add(index.entries().get(i).summary().id()));
        return ids;
    }

    @Test
    void aZwnjASpaceAndNoSeparatorAreTheSame() {
        CatalogIndex.Snapshot index = new CatalogIndex.Snapshot(1, List.of(
                entry(1, "آموزش حرفه‌آموزی زندانیان"),
                entry(2, "آموزش حرفه آموزی زندانیان"),
                entry(3, "آموزش حرفهآموزی زندانیان"),
                entry(4, "ملاقات حضوری")));
        for (String typed : List.of("حرفه‌آموزی", "حرفه آموزی", "حرفهآموزی", "حرفه‌ آموزی")) {
            assertEquals(List.of(1L, 2L, 3L), found(index, typed), typed);
        }
        assertEquals(List.of(4L), found(index, "ملاقات"));
    }

    @Test
    void figuresAreFoundInAnyDigitsAndArabicLettersAsPersian() {
        CatalogIndex.Snapshot index = new CatalogIndex.Snapshot(1, List.of(
                entry(1, "هزینه 150000 ریال در ۳ روز کاری"), entry(2, "کارت ملاقات")));
        assertEquals(List.of(1L), found(index, "۱۵۰٬۰۰۰"));
        assertEquals(List.of(1L), found(index, "٣ روز"));
        assertEquals(List.of(2L), found(index, "كارت"));
    }

    private static CatalogIndex.Entry entry(long id, String key, String title) {
        return new CatalogIndex.Entry(new CardSummary(id, key, title, null, null, CardStatus.PUBLISHED, null,
                null, null, null, 1), null, null, null, PersianText.normalize(title), null, true);
    }

    private static List<Long> ids(CatalogIndex.Snapshot index) {
        return index.entries().stream().map(e -> e.summary().id()).toList();
    }

    @Test
    void aRevisionTakesInTheCardsItChangedAndLeavesTheRest() {
        CatalogIndex.Snapshot before = new CatalogIndex.Snapshot(1, List.of(entry(1, "a", "پذیرش زندانی"),
                entry(2, "b", "ثبت نام"), entry(3, "c", "ملاقات حضوری")));
        // card b gets a new version («گواهی» sorts after «ثبت» and before «ملاقات»), card d is new, card c is gone
        CatalogIndex.Snapshot after = before.changed(2, List.of("b", "c", "d"),
                List.of(entry(5, "b", "گواهی عدم سوء پیشینه"), entry(4, "b", "ثبت نام"), entry(6, "d", "آموزش زندانیان")));
        assertEquals(2, after.revision());
        assertEquals(List.of(6L, 1L, 4L, 5L), ids(after), "in Persian alphabetical order: آ پ ث گ");
        assertEquals(List.of(6L, 1L), found(after, "زندانی"));
        assertEquals(List.of(5L), found(after, "پیشینه"));
        assertEquals(List.of(), found(after, "ملاقات"), "a card no longer there is not found");
        assertEquals(List.of(1L, 2L, 3L), ids(before), "the index before stays as it was for whoever reads it");
        assertEquals(List.of(3L), found(before, "ملاقات"));
    }

    /** The work lists name their cases' services from the index: one map a revision, not one a page. */
    @Test
    void eachCardsTitleIsKeptWithItsIndex() {
        CatalogIndex.Snapshot before = new CatalogIndex.Snapshot(1, List.of(entry(1, "a", "پذیرش زندانی"),
                entry(2, "b", "ثبت نام")));
        assertEquals(java.util.Map.of("a", "پذیرش زندانی", "b", "ثبت نام"), before.titles());
        assertSame(before.titles(), before.titles(), "built once for this index");
        CatalogIndex.Snapshot after = before.changed(2, List.of("b"), List.of(entry(3, "b", "ثبت نام زندانی")));
        assertEquals("ثبت نام زندانی", after.titles().get("b"), "the next revision names the card's new title");
        assertEquals("ثبت نام", before.titles().get("b"));
    }

    @Test
    void manyRevisionsLaterTheIndexAsksToBeReadWhole() {
        List<CatalogIndex.Entry> entries = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            entries.add(entry(i, "k" + i, "خدمت " + i));
        }
        CatalogIndex.Snapshot index = new CatalogIndex.Snapshot(1, entries);
        for (int round = 0; round <= CatalogIndex.MOST_CHANGED; round++) {
            assertEquals(false, index.wornOut(), "round " + round);
            index = index.changed(round + 2, List.of("k7"), List.of(entry(1000 + round, "k7", "خدمت ۷")));
        }
        assertEquals(true, index.wornOut());
        assertEquals(100, index.entries().size());
        assertEquals(List.of(1000L + CatalogIndex.MOST_CHANGED), found(index, "۷").stream().filter(id -> id >= 1000).toList());
    }

    @Test
    void cardsStandInPersianAlphabeticalOrder() {
        List<CatalogIndex.Entry> entries = new ArrayList<>(List.of(entry(1, "گواهی"), entry(2, "پذیرش"),
                entry(3, "ملاقات"), entry(4, "ثبت"), entry(5, "پذیرش")));
        entries.sort(CatalogIndex.DISPLAY_ORDER); // پ ث گ م: code points would put گ and پ last
        assertEquals(List.of(2L, 5L, 4L, 1L, 3L), entries.stream().map(e -> e.summary().id()).toList());
    }
}
