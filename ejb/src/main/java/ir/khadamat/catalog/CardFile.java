package ir.khadamat.catalog;

import ir.khadamat.catalog.form.CardForm;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.List;

import static ir.khadamat.json.SharedJson.JSON;

/**
 * A card as a file: the JSON of the form, stamped with its {@code formatVersion}. Writing gives exactly what reading
 * takes back. A file of an older format is brought up to the current one step by step before it is read (no older
 * format exists yet: version 1 is the first); a file of a newer release, or one that is not a card, is refused as a
 * whole with a clear reason, so nothing is ever half imported.
 */
public final class CardFile {

    private CardFile() {
    }

    public static String write(CardForm form) {
        return CardFormJson.write(form);
    }

    /** @throws InvalidCard naming {@code formatVersion} or the document when the file cannot be taken */
    public static CardForm read(String json) {
        JsonObject object;
        try (JsonReader reader = JSON.createReader(new StringReader(json == null ? "" : json))) {
            object = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw InvalidCard.field("document", "card.import.unreadable");
        }
        JsonValue version = object.get("formatVersion");
        if (!(version instanceof JsonNumber number) || !number.isIntegral() || number.intValue() < 1) {
            throw InvalidCard.field("formatVersion", "card.formatVersion.unsupported");
        }
        if (number.intValue() > CardForm.FORMAT_VERSION) {
            throw InvalidCard.field("formatVersion", "card.import.newer");
        }
        // upgrades of older formats go here, one per version, when the format changes
        try {
            return CardFormJson.read(object.toString());
        } catch (CardFormJson.InvalidCardDocument e) {
            throw new InvalidCard(List.of(new InvalidCard.Violation("document", e.getMessage())));
        }
    }
}
