package ir.khadamat.catalog.form;

import ir.khadamat.catalog.CardFormJson;

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
final class SeedCards {

    private SeedCards() {
    }

    static String resource(String path) {
        try (InputStream in = SeedCards.class.getResourceAsStream("/catalog-data/" + path)) {
            if (in == null) {
                throw new IllegalStateException("missing /catalog-data/" + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Card key → form, in the order of index.json. */
    static Map<String, CardForm> all() {
        Map<String, CardForm> cards = new LinkedHashMap<>();
        for (String file : files()) {
            CardForm form = CardFormJson.read(resource(file));
            cards.put(form.key(), form);
        }
        return cards;
    }

    static List<String> files() {
        List<String> files = new ArrayList<>();
        Matcher m = Pattern.compile("\"(cards/[^\"]+\\.json)\"").matcher(resource("index.json"));
        while (m.find()) {
            files.add(m.group(1));
        }
        return files;
    }

    /** The original text of the seven forms, white space folded. */
    static String seedText() {
        return fold(resource("source/annex1-prisons-organization.txt"));
    }

    static String fold(String s) {
        return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }
}
