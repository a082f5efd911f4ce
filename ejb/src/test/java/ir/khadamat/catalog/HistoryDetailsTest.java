package ir.khadamat.catalog;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The audit trail's details of a card's change, read back into parts for the screens, as each change writes them. */
class HistoryDetailsTest {

    @Test
    void eachChangeOfACardIsReadBackIntoItsParts() {
        assertEquals(new HistoryDetails(4, List.of("/details/fees", "/specification/audience"), null, null, null),
                HistoryDetails.parse("version=4 fields=[/details/fees,/specification/audience]"));
        assertEquals(new HistoryDetails(null, List.of("/details"), null, null, null),
                HistoryDetails.parse("comments on [/details]"));
        assertEquals(new HistoryDetails(null, List.of("/access/request"), null, null, null), HistoryDetails.parse("[/access/request]"));
        assertEquals(new HistoryDetails(2, List.of(), "13021543100", null, null),
                HistoryDetails.parse("serviceId=13021543100 version=2"));
        assertEquals(new HistoryDetails(null, List.of(), null, CardStatus.SUBMITTED, null), HistoryDetails.parse("status=SUBMITTED"));
        assertEquals(new HistoryDetails(null, List.of("/summary"), null, null, 3), HistoryDetails.parse("national v3 fields=[/summary]"));
        assertEquals(new HistoryDetails(null, List.of(), null, null, 5), HistoryDetails.parse("base=prisoner-visits v5"));
    }

    @Test
    void whatItCannotReadItLeavesOut() {
        assertEquals(new HistoryDetails(null, List.of(), null, null, null), HistoryDetails.parse(null));
        assertEquals(new HistoryDetails(null, List.of(), null, null, null), HistoryDetails.parse("fields=[]"));
        assertNull(HistoryDetails.parse("status=NOT_A_STATUS").status());
        assertNull(HistoryDetails.parse("version=99999999999999").version());
    }
}
