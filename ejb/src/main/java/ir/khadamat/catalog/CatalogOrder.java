package ir.khadamat.catalog;

import ir.khadamat.persian.AlphabeticalOrder;
import ir.khadamat.persian.Iran;

import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;

/**
 * The orders a catalogue page can be read in (its table's sortable columns): by title, by executive agency, by national
 * service ID. Titles and agency names in Persian alphabetical order (they are Persian data whatever the reader's
 * language); a card without the value comes last either way; ties in title order.
 */
public enum CatalogOrder {

    TITLE("title", CardSummary::title, alphabetical()),
    AGENCY("agencyName", CardSummary::agencyName, alphabetical()),
    SERVICE_ID("serviceId", CardSummary::serviceId, Comparator.naturalOrder());

    private final String field;
    private final Function<CardSummary, String> value;
    private final Comparator<String> order;

    CatalogOrder(String field, Function<CardSummary, String> value, Comparator<String> order) {
        this.field = field;
        this.value = value;
        this.order = order;
    }

    /** The order a column of the page's table asks for, by the name of the summary's field it shows. */
    public static Optional<CatalogOrder> of(String field) {
        for (CatalogOrder o : values()) {
            if (o.field.equals(field)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    /** Cards in this order, ascending or descending, then in title order. */
    Comparator<CardSummary> comparator(boolean ascending) {
        Comparator<CardSummary> first = Comparator.comparing(value,
                Comparator.nullsLast(ascending ? order : order.reversed()));
        return this == TITLE ? first.thenComparing(CardSummary::id) : first.thenComparing(TITLE.comparator(true));
    }

    private static Comparator<String> alphabetical() {
        return AlphabeticalOrder.of(Iran.PERSIAN);
    }
}
