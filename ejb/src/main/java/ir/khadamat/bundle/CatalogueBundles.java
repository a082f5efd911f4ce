package ir.khadamat.bundle;

import ir.khadamat.catalog.BundleRefused;
import ir.khadamat.catalog.CatalogTransfer;
import ir.khadamat.catalog.TransferPlan;
import ir.khadamat.json.BoundedJson;
import ir.khadamat.runtime.appointment.Appointments;
import ir.khadamat.settings.Settings;
import ir.khadamat.tenancy.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Moves the definitions of services between installations: exports the catalogue (or part of it) as one bundle
 * ({@link BundleFile}) and imports one — first as a dry run that lists what would change, then for real — in one
 * transaction, all or nothing: a bundle at fault or in conflict with this installation is refused as a whole
 * ({@link BundleRefused}), naming every place. National users export (they see every province); the system's
 * administrator imports.
 */
@Stateless
public class CatalogueBundles {

    /** The largest bundle taken, in characters (default 10 MiB, the API's largest body). */
    public static final String MAX_SIZE = "khadamat.bundle.max-size";
    /** The installation's name written into the bundles it exports (default: the host's name). */
    public static final String INSTALLATION = "khadamat.installation.name";

    @EJB
    private CatalogTransfer catalog;

    @EJB
    private Appointments appointments;

    @Resource
    private SessionContext context;

    /**
     * What an import did, or in a dry run would do.
     *
     * @param unchanged how many agencies and card versions were already as the bundle has them
     */
    public record Report(boolean dryRun, String source, Instant exportedAt, List<TransferPlan.Change> changes,
                         int unchanged) {
    }

    /**
     * The bundle of the catalogue: every card with every version, the agencies, the units' weekly slots.
     *
     * @param cards    only these cards (null or empty: all); the units' slots are then left out
     * @param province only this province's cards and units ({@code national}: the national cards; null: all)
     */
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.REVIEWER, Roles.HQ_ADMIN})
    public String export(Collection<String> cards, String province) {
        boolean some = cards != null && !cards.isEmpty();
        List<Appointments.UnitSlots> units = some || "national".equals(province) ? List.of()
                : appointments.allTemplates(province);
        return BundleFile.write(new BundleFile.Bundle(Instant.now().truncatedTo(ChronoUnit.SECONDS), installation(),
                catalog.agencies(), catalog.cards(some ? cards : null, province), units));
    }

    /**
     * Imports a bundle, or with {@code dryRun} says what importing it would change and stores nothing.
     *
     * @throws BundleRefused when the bundle is at fault or conflicts with this installation; nothing is stored
     */
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public Report importBundle(String text, boolean dryRun) {
        BundleFile.Bundle bundle = BundleFile.read(text, limits());
        TransferPlan plan = catalog.plan(bundle.agencies(), bundle.cards());
        List<String> units;
        try {
            units = appointments.templatesToReplace(bundle.units());
        } catch (Appointments.SlotsRefused e) {
            throw new BundleRefused(true, e.places().stream()
                    .map(p -> new TransferPlan.Finding(p.pointer(), p.message())).toList());
        }
        List<TransferPlan.Change> changes = new ArrayList<>(plan.changes());
        bundle.units().stream().filter(u -> units.contains(u.unit())).forEach(u -> changes.add(new TransferPlan.Change(
                TransferPlan.Action.UPDATE, "slots", u.unit(), u.slots().size() + " weekly slot(s)")));
        int unchanged = plan.unchanged() + bundle.units().size() - units.size();
        String source = bundle.source() == null ? "unnamed" : bundle.source();
        if (dryRun) {
            context.setRollbackOnly(); // a dry run stores nothing, whatever a call on the way did
        } else {
            catalog.apply(bundle.agencies(), bundle.cards(), plan, source);
            bundle.units().stream().filter(u -> units.contains(u.unit())).forEach(appointments::replaceTemplates);
        }
        return new Report(dryRun, source, bundle.exportedAt(), List.copyOf(changes), unchanged);
    }

    private static BoundedJson.Limits limits() {
        BoundedJson.Limits stored = BoundedJson.Limits.stored();
        return new BoundedJson.Limits(Settings.positive(MAX_SIZE, 10_485_760), stored.maxDepth(), stored.maxStringLength());
    }

    private static String installation() {
        return Settings.text(INSTALLATION).orElseGet(() -> {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                return "unnamed";
            }
        });
    }
}
