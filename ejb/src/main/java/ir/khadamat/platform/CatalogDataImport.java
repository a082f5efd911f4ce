package ir.khadamat.platform;

import ir.khadamat.catalog.AgencyRegistry;
import ir.khadamat.catalog.CardFormJson;
import ir.khadamat.catalog.CatalogData;
import ir.khadamat.catalog.ServiceCatalog;
import ir.khadamat.catalog.form.CardForm;
import ir.khadamat.catalog.process.ProcessDefinition;
import ir.khadamat.catalog.process.ProcessDefinitions;
import ir.khadamat.tenancy.ProvinceRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
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

    @EJB
    private ProvinceRegistry provinces;
    @EJB
    private AgencyRegistry agencies;
    @EJB
    private ServiceCatalog catalog;

    @PostConstruct
    void atStartup() {
        importAll();
    }

    /** Adds what is missing from catalog-data; safe to call at any time. */
    public void importAll() {
        try (Jsonb jsonb = JsonbBuilder.create()) {
            for (CatalogData.ProvinceEntry p : jsonb.fromJson(CatalogData.read("provinces.json"), CatalogData.ProvinceEntry[].class)) {
                provinces.register(p.code(), p.persianName(), p.englishName());
            }
            // parents first, so that every parent code resolves
            List<CatalogData.AgencyEntry> agencyEntries = List.of(jsonb.fromJson(CatalogData.read("agencies.json"), CatalogData.AgencyEntry[].class));
            agencyEntries.stream().filter(a -> a.parentCode() == null)
                    .forEach(a -> agencies.register(a.code(), a.persianName(), a.englishName(), null));
            agencyEntries.stream().filter(a -> a.parentCode() != null)
                    .forEach(a -> agencies.register(a.code(), a.persianName(), a.englishName(), a.parentCode()));
            int added = 0;
            for (String file : jsonb.fromJson(CatalogData.read("index.json"), CatalogData.Index.class).cards()) {
                CardForm form = CardFormJson.read(CatalogData.read(file));
                if (!catalog.exists(form.key())) {
                    catalog.importSeed(form);
                    added++;
                }
            }
            int attached = 0;
            for (String file : jsonb.fromJson(CatalogData.read("processes/index.json"), CatalogData.ProcessIndex.class).processes()) {
                String json = CatalogData.read(file);
                ProcessDefinition process = ProcessDefinitions.read(json); // a seed that is not sound stops the start
                attached += catalog.attachSeedProcess(process.cardKey(), json);
            }
            int addedCards = added;
            int attachedProcesses = attached;
            LOG.info(() -> "Catalogue data imported: " + addedCards + " new cards, " + attachedProcesses
                    + " card versions given their process (or its English texts)");
        } catch (Exception e) {
            throw new IllegalStateException("Could not import catalog-data: " + e.getMessage(), e);
        }
    }
}
