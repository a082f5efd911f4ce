package ir.khadamat.catalog.form;

import java.util.EnumSet;
import java.util.Set;

/** The sets of choices of a card, kept in the order of the form. */
final class ChoiceSets {

    private ChoiceSets() {
    }

    /**
     * The same choices as an {@link EnumSet}, so they iterate — and are written to JSON — in the order of
     * the form whatever set they were read into. {@code null} (unknown) stays {@code null}; a set holding a
     * {@code null} element is returned as it is, for validation to report.
     */
    static <E extends Enum<E>> Set<E> inFormOrder(Set<E> choices, Class<E> type) {
        if (choices == null || choices instanceof EnumSet) {
            return choices;
        }
        for (E choice : choices) {
            if (choice == null) {
                return choices;
            }
        }
        EnumSet<E> ordered = EnumSet.noneOf(type);
        ordered.addAll(choices);
        return ordered;
    }
}
