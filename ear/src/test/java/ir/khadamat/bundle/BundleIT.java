package ir.khadamat.bundle;

import ir.khadamat.testing.CaseDriver;
import ir.khadamat.testing.Cards;
import ir.khadamat.testing.ClientTest;
import ir.khadamat.testing.Http;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Definitions move between installations: a card with two versions and its process definition, exported as a bundle,
 * comes into "another installation" (the same bundle under a key and a service ID this one has not got) exactly;
 * a dry run stores nothing; a bundle of a newer format or one that conflicts is refused whole, every place named.
 */
class BundleIT extends ClientTest {

    private Http as(String user) {
        return new Http(base).as(user);
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    /** A national card published once, then changed: version 1 published, version 2 a draft. */
    private String cardWithTwoVersions() {
        Http hq = as("hq-admin");
        String key = new CaseDriver(new Http(base)).publishCopyOf("prisoner-visits");
        Http.Reply card = hq.get("/api/cards/" + key);
        JsonObject form = Cards.form(card);
        JsonObject changed = Json.createObjectBuilder(form).add("summary", "خلاصهٔ تازه برای نسخهٔ دوم").build();
        Http.Reply saved = hq.put("/api/cards/" + key + "?basedOn=" + Cards.version(card), changed.toString());
        assertEquals(200, saved.status(), saved.body());
        assertEquals(2, saved.json().getInt("versionNo"), saved.body());
        return key;
    }

    private static String serviceIdOf(JsonObject bundle) {
        return bundle.getJsonArray("cards").getJsonObject(0).getJsonArray("versions").getJsonObject(0)
                .getJsonObject("form").getJsonObject("identification").getString("serviceId");
    }

    /** The same bundle as another installation would have it: under another key and service ID. */
    private static String elsewhere(String bundle, String key, String newKey, String serviceId, String newServiceId) {
        return bundle.replace("\"" + key + "\"", "\"" + newKey + "\"").replace("\"" + serviceId + "\"", "\"" + newServiceId + "\"");
    }

    @Test
    void aCardComesWithEveryVersionExactlyAndADryRunStoresNothing() {
        Http admin = as("sysadmin");
        String key = cardWithTwoVersions();
        Http.Reply exported = admin.get("/api/bundles?cards=" + key);
        assertEquals(200, exported.status(), exported.body());
        JsonObject bundle = exported.json();
        assertEquals("khadamat-catalogue-bundle", bundle.getString("format"));
        assertEquals(1, bundle.getInt("formatVersion"));
        JsonArray versions = bundle.getJsonArray("cards").getJsonObject(0).getJsonArray("versions");
        assertEquals(List.of("PUBLISHED", "DRAFT"), versions.stream().map(v -> v.asJsonObject().getString("status")).toList());
        assertEquals(JsonValue.ValueType.OBJECT, versions.getJsonObject(1).get("process").getValueType(), "the process travels");
        assertTrue(bundle.getJsonArray("agencies").stream().anyMatch(a -> a.asJsonObject().getString("code").equals("prisons-organization")));

        String newKey = Cards.newKey("moved");
        String moved = elsewhere(exported.body(), key, newKey, serviceIdOf(bundle), Cards.newServiceId());

        Http.Reply dry = admin.post("/api/bundles?dryRun=true", moved);
        assertEquals(200, dry.status(), dry.body());
        assertTrue(dry.json().getBoolean("dryRun"));
        JsonArray changes = dry.json().getJsonArray("changes");
        assertEquals(1, changes.size(), dry.body());
        assertEquals("ADD", changes.getJsonObject(0).getString("action"));
        assertEquals(newKey, changes.getJsonObject(0).getString("id"));
        assertEquals(404, as("reviewer").get("/api/cards/" + newKey).status(), "a dry run stores nothing");

        Http.Reply done = admin.post("/api/bundles", moved);
        assertEquals(200, done.status(), done.body());
        assertFalse(done.json().getBoolean("dryRun"));
        assertEquals(changes, done.json().getJsonArray("changes"), "the dry run said what the import did");

        Http.Reply back = admin.get("/api/bundles?cards=" + newKey);
        assertEquals(parse(moved).getJsonArray("cards"), back.json().getJsonArray("cards"), "exactly as the bundle had it");
        Http.Reply card = as("reviewer").get("/api/cards/" + newKey);
        assertEquals(2, card.json().getInt("versionNo"));
        assertEquals("DRAFT", Cards.status(card));
        assertTrue(as("reviewer").get("/api/cards/" + newKey + "/history").body().contains("BUNDLE_IMPORTED"),
                "the import is in the card's history");
        // the public sees the published version, which runs
        assertEquals(200, new Http(base).get("/api/cards/" + newKey).status());

        Http.Reply again = admin.post("/api/bundles", moved);
        assertEquals(200, again.status(), again.body());
        assertEquals(0, again.json().getJsonArray("changes").size(), "importing it again changes nothing: " + again.body());
    }

    @Test
    void aNewerVersionArrivesAndAnOlderOneMovesOnButAnInstallationAheadIsRefused() {
        Http admin = as("sysadmin");
        String key = cardWithTwoVersions();
        String original = admin.get("/api/bundles?cards=" + key).body();
        // the other installation submitted version 2 meanwhile
        String submitted = original.replaceFirst("\"status\": ?\"DRAFT\"", "\"status\": \"SUBMITTED\"")
                .replaceFirst("\"submittedAt\": ?null", "\"submittedAt\": \"2026-12-01T08:00:00Z\"");
        String newKey = Cards.newKey("moved");
        String sid = serviceIdOf(parse(original));
        String newSid = Cards.newServiceId();
        assertEquals(200, admin.post("/api/bundles", elsewhere(original, key, newKey, sid, newSid)).status());

        Http.Reply moved = admin.post("/api/bundles?dryRun=true", elsewhere(submitted, key, newKey, sid, newSid));
        assertEquals(200, moved.status(), moved.body());
        JsonObject change = moved.json().getJsonArray("changes").getJsonObject(0);
        assertEquals("UPDATE", change.getString("action"));
        assertEquals(newKey + "/2", change.getString("id"));
        assertEquals(200, admin.post("/api/bundles", elsewhere(submitted, key, newKey, sid, newSid)).status());
        assertEquals("SUBMITTED", Cards.status(as("reviewer").get("/api/cards/" + newKey)));

        Http.Reply behind = admin.post("/api/bundles", elsewhere(original, key, newKey, sid, newSid));
        assertEquals(409, behind.status(), behind.body());
        assertEquals("application/problem+json", behind.contentType());
        assertEquals("/cards/0/versions/1/status", behind.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals("SUBMITTED", Cards.status(as("reviewer").get("/api/cards/" + newKey)), "nothing moved back");
    }

    @Test
    void aConflictOrANewerFormatRefusesTheWholeBundle() {
        Http admin = as("sysadmin");
        String key = cardWithTwoVersions();
        Http.Reply exported = admin.get("/api/bundles?cards=" + key);
        JsonObject bundle = exported.json();
        // the same card with another content under version 1, beside a card this installation has not got
        JsonObject v1 = bundle.getJsonArray("cards").getJsonObject(0).getJsonArray("versions").getJsonObject(0);
        JsonObject otherContent = Json.createObjectBuilder(v1).add("form", Json.createObjectBuilder(v1.getJsonObject("form"))
                .add("summary", "محتوای دیگر")).build();
        JsonObject sameCard = Json.createObjectBuilder(bundle.getJsonArray("cards").getJsonObject(0))
                .add("versions", Json.createArrayBuilder().add(otherContent)
                        .add(bundle.getJsonArray("cards").getJsonObject(0).getJsonArray("versions").getJsonObject(1))).build();
        String newKey = Cards.newKey("never");
        JsonObject newCard = parse(elsewhere(bundle.getJsonArray("cards").getJsonObject(0).toString(), key, newKey,
                serviceIdOf(bundle), Cards.newServiceId()));
        String conflicting = Json.createObjectBuilder(bundle).add("cards", Json.createArrayBuilder().add(newCard).add(sameCard))
                .build().toString();

        Http.Reply refused = admin.post("/api/bundles", conflicting);
        assertEquals(409, refused.status(), refused.body());
        assertEquals("/cards/1/versions/0", refused.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(refused.json().getString("detail").contains("nothing was imported"), refused.body());
        assertEquals(404, as("reviewer").get("/api/cards/" + newKey).status(), "never half an import");

        String newer = Json.createObjectBuilder(bundle).add("formatVersion", 2).build().toString();
        Http.Reply tooNew = admin.post("/api/bundles", newer);
        assertEquals(400, tooNew.status(), tooNew.body());
        assertEquals("/formatVersion", tooNew.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(tooNew.json().getJsonArray("errors").getJsonObject(0).getString("message").contains("newer release"));

        String noUnit = Json.createObjectBuilder(bundle).add("units", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("province", "tehran").add("unit", "nowhere-prison").add("slots", JsonValue.EMPTY_JSON_ARRAY))).build().toString();
        Http.Reply unit = admin.post("/api/bundles?dryRun=true", noUnit);
        assertEquals(409, unit.status(), unit.body());
        assertEquals("/units/0/unit", unit.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Http.Reply invalidForm = admin.post("/api/bundles", exported.body().replaceFirst("\"title\": ?\"[^\"]*\"", "\"title\": \"\""));
        assertEquals(400, invalidForm.status(), invalidForm.body());
        assertTrue(invalidForm.json().getJsonArray("errors").getJsonObject(0).getString("field").startsWith("/cards/0/versions/0/form/"),
                invalidForm.body());
        assertEquals(400, admin.post("/api/bundles", "not json").status());
    }

    @Test
    void aUnitsSlotsTravelWithItsProvince() {
        Http admin = as("sysadmin");
        Http.Reply exported = admin.get("/api/bundles?province=tehran");
        assertEquals(200, exported.status(), exported.body());
        JsonArray units = exported.json().getJsonArray("units");
        assertFalse(units.isEmpty(), "the demonstration's prisons have weekly slots");
        assertTrue(units.stream().allMatch(u -> u.asJsonObject().getString("province").equals("tehran")));
        assertTrue(exported.json().getJsonArray("cards").stream()
                .allMatch(c -> "tehran".equals(c.asJsonObject().getString("provinceCode", null))), "only Tehran's cards");

        Http.Reply same = admin.post("/api/bundles?dryRun=true", Json.createObjectBuilder(exported.json())
                .add("cards", JsonValue.EMPTY_JSON_ARRAY).build().toString());
        assertEquals(200, same.status(), same.body());
        assertEquals(0, same.json().getJsonArray("changes").size(), same.body());

        JsonObject first = units.getJsonObject(0);
        JsonObject fewer = Json.createObjectBuilder(first).add("slots", Json.createArrayBuilder()
                .add(first.getJsonArray("slots").getJsonObject(0))).build();
        Http.Reply changed = admin.post("/api/bundles?dryRun=true", Json.createObjectBuilder(exported.json())
                .add("cards", JsonValue.EMPTY_JSON_ARRAY).add("units", Json.createArrayBuilder().add(fewer)).build().toString());
        assertEquals(200, changed.status(), changed.body());
        JsonObject change = changed.json().getJsonArray("changes").getJsonObject(0);
        assertEquals("slots", change.getString("subject"));
        assertEquals(first.getString("unit"), change.getString("id"));
    }

    @Test
    void onlyNationalUsersExportAndOnlyTheSystemsAdministratorImports() {
        Http anonymous = new Http(base);
        assertEquals(401, anonymous.get("/api/bundles").status());
        assertEquals(403, as("tehran-admin").get("/api/bundles").status());
        String bundle = as("reviewer").get("/api/bundles?cards=prisoner-visits").body();
        assertEquals(403, as("reviewer").post("/api/bundles?dryRun=true", bundle).status());
        assertEquals(403, as("hq-admin").post("/api/bundles?dryRun=true", bundle).status());
        assertEquals(401, anonymous.post("/api/bundles?dryRun=true", bundle).status());
        assertEquals(400, as("reviewer").get("/api/bundles?province=atlantis").status());
        assertEquals(400, as("reviewer").get("/api/bundles?cards=Not%20A%20Key").status());
        assertEquals(400, as("sysadmin").post("/api/bundles?dryRun=maybe", bundle).status());
    }
}
