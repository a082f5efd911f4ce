package ir.khadamat.catalog.form;

import ir.khadamat.catalog.CardFormJson;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The catalog-data files, read from the class path as the application reads them. */
public final class SeedCards {

    /** The header of field 1, which opens each of the seven forms in the seed. */
    public static final String FIELD_1 = "۱- عنوان خدمت";

    private SeedCards() {
    }

    public static String resource(String path) {
        try (InputStream in = SeedCards.class.getResourceAsStream("/catalog-data/" + path)) {
            if (in == null) {
                throw new IllegalStateException("missing /catalog-data/" + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Card key → form, in the order of index.json, each read with JSON-B. */
    public static Map<String, CardForm> all() {
        Map<String, CardForm> cards = new LinkedHashMap<>();
        for (String file : files()) {
            CardForm form = CardFormJson.read(resource(file));
            cards.put(form.key(), form);
        }
        return cards;
    }

    public static List<String> files() {
        List<String> files = new ArrayList<>();
        Matcher m = Pattern.compile("\"(cards/[^\"]+\\.json)\"").matcher(resource("index.json"));
        while (m.find()) {
            files.add(m.group(1));
        }
        return files;
    }

    /** The rows of agencies.json or provinces.json, each a map of its properties. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, String>> rows(String file) {
        try (Jsonb jsonb = JsonbBuilder.create()) {
            return jsonb.fromJson(resource(file), new ArrayList<Map<String, String>>() { }.getClass().getGenericSuperclass());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The original text of the seven forms, white space folded. */
    public static String seedText() {
        return fold(resource("source/annex1-prisons-organization.txt"));
    }

    /**
     * The seed text of each form, in the seed's order: from its field 1 to the next form's field 1. (The
     * one-line summary the seed puts above a form falls at the end of the previous part.)
     */
    public static List<String> seedForms() {
        String seed = seedText();
        List<String> forms = new ArrayList<>();
        int start = seed.indexOf(FIELD_1);
        while (start >= 0) {
            int next = seed.indexOf(FIELD_1, start + 1);
            forms.add(next < 0 ? seed.substring(start) : seed.substring(start, next));
            start = next;
        }
        return forms;
    }

    /** Runs of white space (no-break spaces included) folded to one space, ends trimmed. */
    public static String fold(String s) {
        return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }
}
