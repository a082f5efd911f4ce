package ir.khadamat.catalog;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of the catalogue's seed (the {@code catalog-data} module, on the class path under
 * {@code /catalog-data/}): the provinces, the agency registry, the seven cards of the Prisons Organization and their
 * process definitions. The start-up import stores them; the statistics dashboard lists the seed services in the
 * seed's order.
 */
public final class CatalogData {

    private static final String ROOT = "/catalog-data/";
    private static volatile List<String> seedKeys;

    /** {@code index.json}: the card files in the seed's order. */
    public record Index(List<String> cards) {
    }

    /** {@code processes/index.json}: the process definition files. */
    public record ProcessIndex(List<String> processes) {
    }

    public record ProvinceEntry(String code, String persianName, String englishName) {
    }

    public record AgencyEntry(String code, String persianName, String englishName, String parentCode) {
    }

    private CatalogData() {
    }

    /** A file of catalog-data, by its path under the module's root. */
    public static String read(String name) {
        try (InputStream in = CatalogData.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("catalog-data has no " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The keys of the seed's cards, in the seed's order (index.json). */
    public static List<String> seedKeys() {
        List<String> keys = seedKeys;
        if (keys == null) {
            try (Jsonb jsonb = JsonbBuilder.create()) {
                List<String> read = new ArrayList<>();
                for (String file : jsonb.fromJson(read("index.json"), Index.class).cards()) {
                    read.add(CardFormJson.read(read(file)).key());
                }
                keys = List.copyOf(read);
                seedKeys = keys;
            } catch (Exception e) {
                throw new IllegalStateException("Could not read the seed cards' keys", e);
            }
        }
        return keys;
    }
}
