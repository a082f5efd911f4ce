package ir.khadamat.catalog;

import ir.khadamat.catalog.form.CardForm;
import ir.khadamat.catalog.form.DeliveryMode;
import ir.khadamat.catalog.form.FieldLabels;
import ir.khadamat.catalog.form.SeedCards;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CardDiffTest {

    private static final String A = "/summary";
    private static final String B = "/details/recipients";
    private static final String C = "/specification/audience";

    private static final List<CardForm> SEEDS = List.copyOf(SeedCards.all().values());

    private static CardForm education() {
        return SeedCards.all().get("prisoner-education");
    }

    /** The card with the member at {@code path} set to {@code value}, rebuilt through its JSON form. */
    private static CardForm edit(CardForm form, String path, JsonValue value) {
        JsonObject json;
        try (JsonReader reader = Json.createReader(new StringReader(CardFormJson.write(form)))) {
            json = reader.readObject();
        }
        return CardFormJson.read(Json.createPointer(path).add(json, value).toString());
    }

    private static List<String> paths(List<FieldChange> changes) {
        return changes.stream().map(FieldChange::path).toList();
    }

    @Test
    void aCardAgainstItselfHasNoChanges() {
        for (CardForm card : SEEDS) {
            assertEquals(List.of(), CardDiff.between(card, card), card.key());
            assertEquals(List.of(), CardDiff.between(card, CardFormJson.read(CardFormJson.write(card))), card.key());
        }
    }

    @Test
    void editedFieldsAreExactlyTheChangesInTheFormsOrder() {
        CardForm older = education();
        CardForm newer = edit(edit(edit(older,
                        "/details/recipients", Json.createValue(90000)),
                        "/summary", Json.createValue("خلاصه تازه")),
                "/specification/requiredDocuments", Json.createArrayBuilder().add("کارت ملی").build());

        List<FieldChange> changes = CardDiff.between(older, newer);

        assertEquals(List.of("/summary", "/specification/requiredDocuments", "/details/recipients"), paths(changes));
        FieldChange recipients = changes.get(2);
        assertEquals(Json.createValue(80000), recipients.before());
        assertEquals(Json.createValue(90000), recipients.after());
        assertEquals(Json.createArrayBuilder().add("کارت ملی").add("مدارک تحصیلی").build(), changes.get(1).before());
        // and backwards, the same fields with the values swapped
        List<FieldChange> back = CardDiff.between(newer, older);
        assertEquals(paths(changes), paths(back));
        assertEquals(recipients.after(), back.get(2).before());
    }

    @Test
    void unknownToAValueAndNoneAreChanges() {
        CardForm older = education();
        assertEquals(null, older.identification().serviceId());
        assertEquals(null, older.details().fees());

        CardForm newer = edit(edit(older, "/identification/serviceId", Json.createValue("12345")),
                "/details/fees", JsonValue.EMPTY_JSON_ARRAY);

        List<FieldChange> changes = CardDiff.between(older, newer);
        assertEquals(List.of("/identification/serviceId", "/details/fees"), paths(changes));
        assertEquals(JsonValue.NULL, changes.get(0).before());
        assertEquals(Json.createValue("12345"), changes.get(0).after());
        assertEquals(JsonValue.NULL, changes.get(1).before());
        assertEquals(JsonValue.EMPTY_JSON_ARRAY, changes.get(1).after());
        // a value back to unknown
        assertEquals(List.of("/summary"), paths(CardDiff.between(older, edit(older, "/summary", JsonValue.NULL))));
    }

    @Test
    void aStageThatWasUnknownChangesFieldByField() {
        CardForm older = education();
        assertEquals(null, older.access().information());
        CardForm newer = edit(older, "/access/information", Json.createObjectBuilder()
                .add("mode", "ELECTRONIC").add("channels", Json.createArrayBuilder().add("INTERNET")).build());

        List<FieldChange> changes = CardDiff.between(older, newer);

        assertEquals(List.of("/access/information/mode", "/access/information/channels"), paths(changes));
        assertEquals(Json.createValue("ELECTRONIC"), changes.get(0).after());
    }

    @Test
    void keyAndFormatVersionAreNotChanges() {
        CardForm card = education();
        CardForm renamed = edit(card, "/key", Json.createValue("prisoner-education-tehran"));
        assertEquals(List.of(), CardDiff.between(card, renamed));
        assertFalse(CardDiff.fields().contains("/key"));
        assertFalse(CardDiff.fields().contains("/formatVersion"));
    }

    @Test
    void differentCardsDifferInTheirTitles() {
        for (int i = 0; i < SEEDS.size(); i++) {
            for (int j = 0; j < SEEDS.size(); j++) {
                List<String> paths = paths(CardDiff.between(SEEDS.get(i), SEEDS.get(j)));
                assertEquals(i != j, paths.contains("/identification/title"));
                assertTrue(CardDiff.fields().containsAll(paths));
            }
        }
    }

    /** National changes A and B; the province had changed B and C. */
    private record Versions(CardForm base, CardForm national, CardForm edition) {
        static Versions of() {
            CardForm base = education();
            CardForm national = edit(edit(base, A, Json.createValue("خلاصه ملی")), B, Json.createValue(90000));
            CardForm edition = edit(edit(edit(base, B, Json.createValue(1200)),
                    C, Json.createValue("زندانیان استان تهران")),
                    "/key", Json.createValue("prisoner-education-tehran"));
            return new Versions(base, national, edition);
        }
    }

    @Test
    void upstreamListsTheNationalChangesAndWhichTheProvinceHadEdited() {
        Versions v = Versions.of();

        List<UpstreamChange> upstream = CardDiff.upstream(v.base(), v.national(), v.edition());

        assertEquals(List.of(A, B), upstream.stream().map(UpstreamChange::path).toList());
        UpstreamChange a = upstream.get(0);
        assertFalse(a.editedLocally());
        assertEquals(v.base().summary(), ((JsonString) a.before()).getString());
        assertEquals(a.before(), a.editionValue());
        UpstreamChange b = upstream.get(1);
        assertTrue(b.editedLocally());
        assertEquals(Json.createValue(80000), b.before());
        assertEquals(Json.createValue(90000), b.after());
        assertEquals(Json.createValue(1200), b.editionValue());
    }

    @Test
    void upstreamLeavesOutChangesTheEditionAlreadyHas() {
        Versions v = Versions.of();
        CardForm synced = edit(v.edition(), B, Json.createValue(90000));

        assertEquals(List.of(A), CardDiff.upstream(v.base(), v.national(), synced).stream()
                .map(UpstreamChange::path).toList());
        assertEquals(List.of(), CardDiff.upstream(v.base(), v.base(), v.edition()));
    }

    @Test
    void takeTakesTheChosenFieldsAndKeepsTheProvincesOthers() {
        Versions v = Versions.of();

        CardForm taken = CardDiff.take(v.edition(), v.national(), Set.of(A));

        assertEquals("خلاصه ملی", taken.summary());
        assertEquals(1200L, taken.details().recipients());
        assertEquals("زندانیان استان تهران", taken.specification().audience());
        assertEquals("prisoner-education-tehran", taken.key());
        assertEquals(v.edition().formatVersion(), taken.formatVersion());
        assertEquals(List.of(B), CardDiff.upstream(v.base(), v.national(), taken).stream()
                .map(UpstreamChange::path).toList());
        assertEquals(List.of(A), paths(CardDiff.between(v.edition(), taken)));
    }

    @Test
    void takingEveryFieldGivesTheNationalVersion() {
        Versions v = Versions.of();
        Set<String> all = new LinkedHashSet<>(CardDiff.fields());

        CardForm taken = CardDiff.take(v.edition(), v.national(), all);

        assertEquals(List.of(), CardDiff.between(taken, v.national()));
        assertEquals("prisoner-education-tehran", taken.key());
        // the upstream paths alone bring the edition to the national version on those fields
        Set<String> upstream = new HashSet<>();
        CardDiff.upstream(v.base(), v.national(), v.edition()).forEach(c -> upstream.add(c.path()));
        CardForm merged = CardDiff.take(v.edition(), v.national(), upstream);
        assertEquals(List.of(C), paths(CardDiff.between(merged, v.national())));
        // and between any two seed cards
        for (CardForm edition : SEEDS) {
            for (CardForm national : SEEDS) {
                CardForm all2 = CardDiff.take(edition, national, all);
                assertEquals(List.of(), CardDiff.between(all2, national), edition.key() + " ← " + national.key());
                assertEquals(edition.key(), all2.key());
            }
        }
    }

    @Test
    void takeFillsAFieldOfAnUnknownStage() {
        CardForm national = edit(education(), "/access/information", Json.createObjectBuilder()
                .add("mode", "ELECTRONIC").build());

        CardForm taken = CardDiff.take(education(), national, Set.of("/access/information/mode"));

        assertEquals(DeliveryMode.ELECTRONIC, taken.access().information().mode());
        assertEquals(null, taken.access().information().channels());
        // taking an unknown field into an unknown stage leaves the stage unknown
        assertEquals(null, CardDiff.take(education(), national, Set.of("/access/information/channels"))
                .access().information());
    }

    @Test
    void takeRejectsPathsThatAreNotFields() {
        CardForm card = education();
        for (String path : List.of("/key", "/formatVersion", "/details", "/nope", "details/recipients", "",
                "/details/recipients/0")) {
            assertThrows(IllegalArgumentException.class, () -> CardDiff.take(card, card, Set.of(path)), path);
        }
    }

    @Test
    void sectionOfIsTheTopLevelMember() {
        assertEquals("details", CardDiff.sectionOf("/details/frequency/times"));
        assertEquals("summary", CardDiff.sectionOf("/summary"));
        assertEquals("access", CardDiff.sectionOf("/access/production/mode"));
        assertThrows(IllegalArgumentException.class, () -> CardDiff.sectionOf("details"));
    }

    @Test
    void labelsOfFieldsAndSections() {
        Locale fa = Locale.forLanguageTag("fa");
        assertEquals("مدارک لازم برای انجام خدمت", CardDiff.label("/specification/requiredDocuments", fa));
        assertEquals("Required documents", CardDiff.label("/specification/requiredDocuments", Locale.ENGLISH));
        assertEquals("۵- جزییات خدمت", CardDiff.label("/" + CardDiff.sectionOf("/details/fees"), fa));
        assertEquals("/no/such/field", CardDiff.label("/no/such/field", fa));
        // Persian unless English, whatever the server's locale
        assertEquals(CardDiff.label("/summary", fa), CardDiff.label("/summary", Locale.GERMAN));
    }

    @Test
    void everyFieldHasALabelInBothBundles() {
        Properties persian = properties("fields_fa.properties");
        Properties english = properties("fields.properties");
        assertEquals(persian.keySet(), english.keySet());

        Set<String> paths = new LinkedHashSet<>(CardDiff.fields());
        for (CardForm older : SEEDS) {
            for (CardForm newer : SEEDS) {
                paths.addAll(paths(CardDiff.between(older, newer)));
            }
        }
        List<String> missing = new ArrayList<>();
        for (String path : paths) {
            String key = path.substring(1).replace('/', '.');
            // a stage's field and a group's member are named from their parts (FieldLabels.name)
            if (FieldLabels.name(key, Locale.forLanguageTag("fa")) == null
                    || FieldLabels.name(key, Locale.ENGLISH) == null) {
                missing.add(path);
            }
            assertNotEquals(path, CardDiff.label(path, Locale.forLanguageTag("fa")));
            assertNotEquals(path, CardDiff.label(path, Locale.ENGLISH));
            assertNotEquals(CardDiff.label(path, Locale.forLanguageTag("fa")), CardDiff.label(path, Locale.ENGLISH));
        }
        assertEquals(List.of(), missing);
        // every section too
        for (String path : paths) {
            String section = CardDiff.sectionOf(path);
            assertTrue(persian.containsKey(section) && english.containsKey(section), section);
        }
    }

    private static Properties properties(String name) {
        Properties properties = new Properties();
        try (InputStream in = CardDiff.class.getResourceAsStream("form/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
