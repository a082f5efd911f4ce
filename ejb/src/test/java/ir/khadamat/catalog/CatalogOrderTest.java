package ir.khadamat.catalog;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CatalogOrderTest {

    private static CardSummary card(long id, String title, String agency, String serviceId) {
        return new CardSummary(id, "k" + id, title, null, serviceId, CardStatus.PUBLISHED, null, agency, null, null, 1);
    }

    private static final CardSummary VISITS = card(1, "ملاقات زندانیان با خانواده", "سازمان زندان‌ها", "12345678");
    private static final CardSummary EMPLOYMENT = card(2, "اشتغال زندانیان", "سازمان زندان‌ها", null);
    private static final CardSummary ADMISSION = card(3, "پذیرش و نگهداری زندانیان", "بهزیستی", "20000000");
    private static final CardSummary ORPHAN = card(4, "چاپ کارت", null, "10000000");

    private static List<String> titles(CatalogOrder order, boolean ascending) {
        return List.of(VISITS, EMPLOYMENT, ADMISSION, ORPHAN).stream().sorted(order.comparator(ascending))
                .map(CardSummary::title).toList();
    }

    @Test
    void titlesInPersianAlphabeticalOrderNotCodePointOrder() {
        // پ and چ come after ب and before ت in Persian; by code point they would come after every Arabic letter
        assertEquals(List.of("اشتغال زندانیان", "پذیرش و نگهداری زندانیان", "چاپ کارت", "ملاقات زندانیان با خانواده"),
                titles(CatalogOrder.TITLE, true));
        assertEquals(List.of("ملاقات زندانیان با خانواده", "چاپ کارت", "پذیرش و نگهداری زندانیان", "اشتغال زندانیان"),
                titles(CatalogOrder.TITLE, false));
    }

    @Test
    void aCardWithoutTheValueComesLastEitherWayAndTiesAreInTitleOrder() {
        assertEquals(List.of("پذیرش و نگهداری زندانیان", "اشتغال زندانیان", "ملاقات زندانیان با خانواده", "چاپ کارت"),
                titles(CatalogOrder.AGENCY, true));
        assertEquals(List.of("اشتغال زندانیان", "ملاقات زندانیان با خانواده", "پذیرش و نگهداری زندانیان", "چاپ کارت"),
                titles(CatalogOrder.AGENCY, false));
        assertEquals(List.of("چاپ کارت", "ملاقات زندانیان با خانواده", "پذیرش و نگهداری زندانیان", "اشتغال زندانیان"),
                titles(CatalogOrder.SERVICE_ID, true));
        assertEquals(List.of("پذیرش و نگهداری زندانیان", "ملاقات زندانیان با خانواده", "چاپ کارت", "اشتغال زندانیان"),
                titles(CatalogOrder.SERVICE_ID, false));
    }

    @Test
    void theTablesColumnsNameTheirOrder() {
        assertEquals(Optional.of(CatalogOrder.AGENCY), CatalogOrder.of("agencyName"));
        assertEquals(Optional.empty(), CatalogOrder.of("status"));
    }
}
