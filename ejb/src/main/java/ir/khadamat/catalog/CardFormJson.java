package ir.khadamat.catalog;

import ir.khadamat.json.BoundedJson;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;

import ir.khadamat.catalog.form.CardForm;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;

import static ir.khadamat.json.SharedJson.JSON;

/**
 * The JSON form of a card: the format of the data files in catalog-data, of the stored document and of
 * the REST representation. Unknown values are written as {@code null}, so a reader sees them.
 */
public final class CardFormJson {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withNullValues(true)
            .withFormatting(false));
    /** Reads with limits and unknown properties refused (json.BoundedJson): stored documents and files alike. */
    private static final Jsonb READER = BoundedJson.jsonb(new JsonbConfig().withNullValues(true));

    private CardFormJson() {
    }

    public static String write(CardForm form) {
        return JSONB.toJson(form);
    }

    /** The same form under another key (a provincial edition, an imported copy). */
    public static CardForm withKey(CardForm form, String key) {
        JsonObject json = parse(write(form));
        return read(JSON.createObjectBuilder(json).add("key", key).build().toString());
    }

    /** The same form with the service ID (§2) the planning organization assigned; {@code null} clears it. */
    public static CardForm withServiceId(CardForm form, ServiceId serviceId) {
        if (form == null || form.identification() == null) {
            return form; // nothing to set it on: validation then names the missing identification
        }
        JsonObject json = parse(write(form));
        JsonObjectBuilder identification = JSON.createObjectBuilder(json.getJsonObject("identification"));
        if (serviceId == null) {
            identification.addNull("serviceId");
        } else {
            identification.add("serviceId", serviceId.value());
        }
        return read(JSON.createObjectBuilder(json).add("identification", identification).build().toString());
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    /** @throws InvalidCardDocument when the text is not a card in this format */
    public static CardForm read(String json) {
        try {
            CardForm form = BoundedJson.bind(READER, json, CardForm.class,
                    BoundedJson.Limits.stored());
            if (form == null) {
                throw new InvalidCardDocument("empty document");
            }
            return form;
        } catch (BoundedJson.Refused e) {
            throw new InvalidCardDocument(e.pointer().isEmpty() ? e.getMessage() : e.pointer() + ": " + e.getMessage());
        } catch (JsonbException e) {
            throw new InvalidCardDocument(e.getMessage());
        }
    }

    /** A document that does not read as a card of this format. */
    public static class InvalidCardDocument extends RuntimeException {
        public InvalidCardDocument(String message) {
            super(message);
        }
    }
}
