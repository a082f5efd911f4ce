package ir.khadamat.catalog;

import java.util.Collection;
import java.util.Optional;

/**
 * Whose a card key may be (docs/security-rules.md §4). Keys are national — a key is the catalogue's address — so a
 * taken key cannot be given twice, and to say so must not tell a province about another province's cards. Keys are
 * therefore divided as user names are: a province's own card has a key that starts with the province's code and a
 * hyphen ({@code tehran-prisoner-library}), its edition of a national card ends with them
 * ({@code prisoner-visit-tehran}), and a national card's key does neither for any province. A province's admin can
 * then only meet a taken key among its own province's cards, which it sees anyway.
 */
final class CardKeyNamespace {

    private CardKeyNamespace() {
    }

    /**
     * The message key of the refusal of {@code key} for a new card of {@code province} ({@code null}: a national
     * card), or empty when the key is in the caller's part; {@code provinces} are the codes of every province.
     */
    static Optional<String> refusal(String key, String province, Collection<String> provinces) {
        if (key == null) {
            return Optional.empty(); // the form's own rules name a missing key
        }
        if (province != null) {
            return key.startsWith(province + "-") && key.length() > province.length() + 1
                    ? Optional.empty() : Optional.of("card.key.province");
        }
        return provinces.stream().anyMatch(p -> key.startsWith(p + "-") || key.endsWith("-" + p))
                ? Optional.of("card.key.national") : Optional.empty();
    }

    /**
     * Whether {@code key} is in the part of {@code province}: its own cards' keys and its editions' keys. What a
     * province's caller names outside it is refused alike, whether or not a card has the key.
     */
    static boolean ofProvince(String key, String province) {
        return key != null && (key.startsWith(province + "-") || key.endsWith("-" + province));
    }
}
