package ir.khadamat.catalog;

import java.util.List;
import java.util.Map;

/**
 * One page of a catalogue search with the facet counts over all matching cards.
 * Facets map a facet name ({@code agency, type, event, level, electronicStages}) to value → count, where
 * the value {@code unknown} counts cards whose form does not say.
 */
public record CatalogPage(List<CardSummary> items, long total, int page, int size,
                          Map<String, Map<String, Long>> facets) {

    public int pageCount() {
        return (int) ((total + size - 1) / size);
    }
}
