package ir.khadamat.catalog;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CardKeyNamespaceTest {

    private static final List<String> PROVINCES = List.of("tehran", "isfahan");

    @Test
    void aProvinceCardKeyStartsWithTheProvincesCode() {
        assertEquals(Optional.empty(), CardKeyNamespace.refusal("tehran-library", "tehran", PROVINCES));
        assertEquals(Optional.of("card.key.province"), CardKeyNamespace.refusal("library", "tehran", PROVINCES));
        assertEquals(Optional.of("card.key.province"), CardKeyNamespace.refusal("isfahan-library", "tehran", PROVINCES));
        assertEquals(Optional.of("card.key.province"), CardKeyNamespace.refusal("tehran-", "tehran", PROVINCES));
        assertEquals(Optional.of("card.key.province"), CardKeyNamespace.refusal("tehranlibrary", "tehran", PROVINCES));
    }

    @Test
    void aNationalKeyNeitherStartsNorEndsWithAProvince() {
        assertEquals(Optional.empty(), CardKeyNamespace.refusal("prisoner-visit", null, PROVINCES));
        assertEquals(Optional.of("card.key.national"), CardKeyNamespace.refusal("tehran-visit", null, PROVINCES));
        // an edition's key: the national card "visit" in Isfahan
        assertEquals(Optional.of("card.key.national"), CardKeyNamespace.refusal("visit-isfahan", null, PROVINCES));
    }

    @Test
    void aMissingKeyIsLeftToTheFormsRules() {
        assertEquals(Optional.empty(), CardKeyNamespace.refusal(null, "tehran", PROVINCES));
    }

    @Test
    void aProvincesPartHoldsItsOwnCardsAndItsEditions() {
        assertEquals(true, CardKeyNamespace.ofProvince("tehran-library", "tehran"));
        assertEquals(true, CardKeyNamespace.ofProvince("prisoner-visit-tehran", "tehran"));
        assertEquals(false, CardKeyNamespace.ofProvince("isfahan-library", "tehran"));
        assertEquals(false, CardKeyNamespace.ofProvince("prisoner-visit", "tehran"));
    }
}
