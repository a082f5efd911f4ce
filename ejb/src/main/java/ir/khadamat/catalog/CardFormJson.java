package ir.khadamat.catalog;

import ir.khadamat.catalog.form.CardForm;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;

/**
 * The JSON form of a card: the format of the data files in catalog-data, of the stored document and of
 * the REST representation. Unknown values are written as {@code null}, so a reader sees them.
 */
public final class CardFormJson {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withNullValues(true)
            .withFormatting(false));

    private CardFormJson() {
    }

    public static String write(CardForm form) {
        return JSONB.toJson(form);
    }

    /** @throws InvalidCardDocument when the text is not a card in this format */
    public static CardForm read(String json) {
        try {
            CardForm form = JSONB.fromJson(json, CardForm.class);
            if (form == null) {
                throw new InvalidCardDocument("empty document");
            }
            return form;
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
