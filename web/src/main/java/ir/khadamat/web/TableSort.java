package ir.khadamat.web;

import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.util.Map;
import java.util.Optional;

/**
 * The column a PrimeFaces lazy table asks its rows to be sorted by, and which way: read once here for every lazy
 * table of the screens (the catalogue, the inbox, the exchange log), each of which maps the field to its own order.
 *
 * @param field     the name in the column's {@code sortBy}
 * @param ascending whether smallest first
 */
public record TableSort(String field, boolean ascending) {

    /** The sort a table's request asks for; none when its columns are unsorted. */
    public static Optional<TableSort> of(Map<String, SortMeta> sortBy) {
        return sortBy.values().stream().filter(m -> m.getOrder() != SortOrder.UNSORTED).findFirst()
                .map(m -> new TableSort(m.getField(), m.getOrder() == SortOrder.ASCENDING));
    }
}
