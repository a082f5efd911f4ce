package ir.khadamat.platform;

import jakarta.annotation.security.PermitAll;
import ir.khadamat.catalog.AgencyRegistry;
import ir.khadamat.catalog.CardFormJson;
import ir.khadamat.runtime.definition.ProcessDefinition;
import ir.khadamat.runtime.definition.ProcessDefinitions;
import ir.khadamat.catalog.ServiceCatalog;
import ir.khadamat.catalog.form.CardForm;
import ir.khadamat.tenancy.ProvinceRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Logger;

/**
 * Imports the reference data of {@code catalog-data} at start-up: the 31 provinces, the agency registry
 * and the seed service cards. Only what is missing is added (by code and card key), so importing again —
 * at every restart — changes nothing, and never overwrites what users have edited since.
 */
@PermitAll
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class CatalogDataImport {

    private static final Logger LOG = Logger.getLogger(CatalogDataImport.class.getName());
    private static final String ROOT = "/catalog-data/";

    @EJB
    private ProvinceRegistry provinces;
    @EJB
    private AgencyRegistry agencies;
    @EJB
    private ServiceCatalog catalog;

    public record Index(List<String> cards) {
    }

    public record ProcessIndex(List<String> processes) {
    }

    public record ProvinceEntry(String code, String persianName, String englishName) {
    }

    public record AgencyEntry(String code, String persianName, String englishName, String parentCode) {
    }

    @PostConstruct
    void atStartup() {
        importAll();
    }

    /** Adds what is missing from catalog-data; safe to call at any time. */
    public void importAll() {
        try (Jsonb jsonb = JsonbBuilder.create()) {
            for (ProvinceEntry p : jsonb.fromJson(read("provinces.json"), ProvinceEntry[].class)) {
                provinces.register(p.code(), p.persianName(), p.englishName());
            }
            // parents first, so that every parent code resolves
            List<AgencyEntry> agencyEntries = List.of(jsonb.fromJson(read("agencies.json"), AgencyEntry[].class));
            agencyEntries.stream().filter(a -> a.parentCode() == null)
                    .forEach(a -> agencies.register(a.code(), a.persianName(), a.englishName(), null));
            agencyEntries.stream().filter(a -> a.parentCode() != null)
                    .forEach(a -> agencies.register(a.code(), a.persianName(), a.englishName(), a.parentCode()));
            int added = 0;
            for (String file : jsonb.fromJson(read("index.json"), Index.class).cards()) {
                CardForm form = CardFormJson.read(read(file));
                if (!catalog.exists(form.key())) {
                    catalog.importSeed(form);
                    added++;
                }
            }
            int attached = 0;
            for (String file : jsonb.fromJson(read("processes/index.json"), ProcessIndex.class).processes()) {
                String json = read(file);
                ProcessDefinition process = ProcessDefinitions.read(json); // a seed that is not sound stops the start
                attached += catalog.attachSeedProcess(process.cardKey(), json);
            }
            int addedCards = added;
            int attachedProcesses = attached;
            LOG.info(() -> "Catalogue data imported: " + addedCards + " new cards, " + attachedProcesses
                    + " card versions given their process");
        } catch (Exception e) {
            throw new IllegalStateException("Could not import catalog-data: " + e.getMessage(), e);
        }
    }

    private static String read(String name) {
        try (InputStream in = CatalogDataImport.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("catalog-data has no " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
