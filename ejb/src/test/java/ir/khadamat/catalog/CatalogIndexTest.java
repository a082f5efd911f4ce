package ir.khadamat.catalog;

import ir.khadamat.persian.PersianText;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    @Test
    void cardsStandInPersianAlphabeticalOrder() {
        List<CatalogIndex.Entry> entries = new ArrayList<>(List.of(entry(1, "گواهی"), entry(2, "پذیرش"),
                entry(3, "ملاقات"), entry(4, "ثبت"), entry(5, "پذیرش")));
        entries.sort(CatalogIndex.DISPLAY_ORDER); // پ ث گ م: code points would put گ and پ last
        assertEquals(List.of(2L, 5L, 4L, 1L, 3L), entries.stream().map(e -> e.summary().id()).toList());
    }
}
