package ir.khadamat.catalog.faces;

import ir.khadamat.catalog.CardFormJson;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A save of one section of the editor writes only what that section changed. */
class FormTreeTest {

    private static final String STORED = CardFormJson.write(CardFormJson.read("{\"formatVersion\":1,\"key\":\"k\","
            + "\"summary\":\" هدف \",\"identification\":{\"title\":\"عنوان\"},"
            + "\"specification\":{\"description\":\"شرح\",\"serviceTypes\":[\"G2C\"],\"levels\":[],\"startTriggers\":null,"
            + "\"requiredDocuments\":[],\"legalBasis\":null},"
            + "\"details\":{\"recipients\":12,\"frequency\":{\"onceForever\":null,\"times\":null,\"period\":null}},"
            + "\"access\":{\"information\":{\"channels\":null,\"presenceReasons\":[]}},\"systemLinks\":[],\"agencyLinks\":null}"));

    /** The tree as the editor's inputs leave it after a post that changed nothing: nothing ticked is an empty list. */
    @SuppressWarnings("unchecked")
    private static LinkedHashMap<String, Object> posted() {
        LinkedHashMap<String, Object> tree = FormTree.of(CardFormJson.read(STORED));
        Map<String, Object> spec = (Map<String, Object>) tree.get("specification");
        spec.put("startTriggers", new ArrayList<>());
        spec.put("relatedEvents", new ArrayList<>());
        spec.put("requiredDocuments", null);
        Map<String, Object> access = (Map<String, Object>) tree.get("access");
        for (String stage : List.of("information", "request", "production", "delivery")) {
            Map<String, Object> s = (Map<String, Object>) access.get(stage);
            s.put("channels", new ArrayList<>());
            s.put("presenceReasons", new ArrayList<>());
            s.put("officeLevels", new ArrayList<>());
        }
        return tree;
    }

    @Test
    void aSaveWithoutAChangeChangesNothingInAnySection() {
        for (List<String> section : List.of(List.of("summary", "identification"), List.of("specification"),
                List.of("details"), List.of("access"), List.of("systemLinks"), List.of("agencyLinks"),
                List.of("processTitles", "processDiagram"), List.of("filler"))) {
            assertEquals(STORED, CardFormJson.write(FormTree.merge(STORED, posted(), section)), section.toString());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void onlyTheSectionOnScreenIsTakenFromTheInputs() {
        LinkedHashMap<String, Object> tree = posted();
        ((Map<String, Object>) tree.get("details")).put("recipients", 7L);
        ((Map<String, Object>) tree.get("identification")).put("title", "عنوان دیگر");
        var saved = FormTree.merge(STORED, tree, List.of("details"));
        assertEquals(7L, saved.details().recipients());
        assertEquals("عنوان", saved.identification().title(), "another section is not written");
        assertNull(saved.specification().startTriggers(), "an unknown choice group stays unknown");
        assertTrue(saved.specification().levels().isEmpty(), "a stored none stays none");
    }

    @Test
    @SuppressWarnings("unchecked")
    void unTickingEveryChoiceOfAGroupStoresUnknown() {
        LinkedHashMap<String, Object> tree = posted();
        ((Map<String, Object>) tree.get("specification")).put("serviceTypes", new ArrayList<>());
        var saved = FormTree.merge(STORED, tree, List.of("specification"));
        assertNull(saved.specification().serviceTypes());
        ((Map<String, Object>) tree.get("specification")).put("startTriggers", new ArrayList<>(List.of("RECIPIENT_REQUEST")));
        assertTrue(FormTree.merge(STORED, tree, List.of("specification")).specification().startTriggers() != null);
    }
}
