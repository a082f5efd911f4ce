package ir.khadamat.catalog;

import ir.khadamat.audit.AuditTrail;
import ir.khadamat.catalog.form.CardForm;
import ir.khadamat.catalog.process.ProcessDefinitions;
import ir.khadamat.tenancy.Province;
import ir.khadamat.tenancy.ProvinceRegistry;
import ir.khadamat.tenancy.TenantFilter;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The catalogue's part of a catalogue bundle (definitions moving between installations): its cards with every
 * version and the agency registry, read out as they are and taken in by the rules of {@link TransferPlan}. The
 * caller (the bundle's facade) decides who may, and runs the import in one transaction: a refusal leaves nothing.
 */
@PermitAll
@Stateless
@Interceptors(TenantFilter.class)
public class CatalogTransfer {

    static final String AGENCY_AUDIT_SUBJECT = "Agency";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AgencyRegistry agencies;

    @EJB
    private ServiceCatalog catalog;

    @EJB
    private ProvinceRegistry provinces;

    @EJB
    private AuditTrail audit;

    /**
     * The cards in the caller's scope with every version, by key.
     *
     * @param keys     only these cards (null: all)
     * @param province only this province's cards ({@code national}: the national ones; null: all)
     */
    public List<TransferPlan.CardEntry> cards(Collection<String> keys, String province) {
        if (keys != null && keys.isEmpty()) {
            return List.of();
        }
        String jpql = "SELECT c FROM ServiceCard c WHERE 1 = 1" + (keys == null ? "" : " AND c.cardKey IN :keys")
                + (province == null ? "" : "national".equals(province) ? " AND c.provinceCode IS NULL"
                : " AND c.provinceCode = :province") + " ORDER BY c.cardKey, c.versionNo";
        TypedQuery<ServiceCard> query = em.createQuery(jpql, ServiceCard.class);
        if (keys != null) {
            query.setParameter("keys", List.copyOf(keys));
        }
        if (province != null && !"national".equals(province)) {
            query.setParameter("province", province);
        }
        Map<String, List<ServiceCard>> byKey = new LinkedHashMap<>();
        query.getResultStream().forEach(c -> byKey.computeIfAbsent(c.getCardKey(), k -> new ArrayList<>()).add(c));
        return byKey.values().stream().map(CatalogTransfer::entry).toList();
    }

    /** The agency registry, parents before their children where it can (by code otherwise). */
    public List<TransferPlan.AgencyEntry> agencies() {
        return agencies.all().stream().sorted((a, b) -> a.getCode().compareTo(b.getCode()))
                .map(CatalogTransfer::entry).toList();
    }

    /**
     * What importing these would change here, and what stops it; the bundle's forms and process definitions are
     * checked first, each by the rules a save applies (a fault of the bundle names its place).
     */
    public TransferPlan plan(List<TransferPlan.AgencyEntry> bundleAgencies, List<TransferPlan.CardEntry> bundleCards) {
        List<TransferPlan.Finding> faults = new ArrayList<>();
        Map<TransferredVersion, String> serviceIdOf = new IdentityHashMap<>(); // each form read once, by check
        for (int i = 0; i < bundleCards.size(); i++) {
            TransferPlan.CardEntry card = bundleCards.get(i);
            for (int j = 0; j < card.versions().size(); j++) {
                TransferredVersion v = card.versions().get(j);
                check(card, v, "/cards/" + i + "/versions/" + j, faults).ifPresent(id -> serviceIdOf.put(v, id));
            }
        }
        if (!faults.isEmpty()) {
            throw new BundleRefused(false, faults);
        }
        Set<String> keys = bundleCards.stream().map(TransferPlan.CardEntry::key).collect(Collectors.toSet());
        Map<String, TransferPlan.CardEntry> here = new HashMap<>();
        cards(keys, null).forEach(c -> here.put(c.key(), c));
        Map<String, TransferPlan.AgencyEntry> registry = new HashMap<>();
        agencies().forEach(a -> registry.put(a.code(), a));
        Set<String> provinceCodes = provinces.all().stream().map(Province::getCode).collect(Collectors.toSet());
        Map<String, Set<String>> serviceIds = new HashMap<>();
        em.createQuery("SELECT c.serviceId, c.cardKey, c.baseKey FROM ServiceCard c WHERE c.serviceId IS NOT NULL",
                Object[].class).getResultStream().forEach(r -> serviceIds.computeIfAbsent(r[0].toString(),
                id -> new HashSet<>()).add(r[2] != null ? (String) r[2] : (String) r[1]));
        TransferPlan plan = TransferPlan.of(new TransferPlan.Installation(here, registry, provinceCodes, serviceIds),
                bundleAgencies, bundleCards, serviceIdOf::get);
        if (!plan.faults().isEmpty()) {
            throw new BundleRefused(false, plan.faults());
        }
        if (!plan.conflicts().isEmpty()) {
            throw new BundleRefused(true, plan.conflicts());
        }
        return plan;
    }

    /** Carries out a plan made in this transaction; every change is audited with where it came from. */
    public void apply(List<TransferPlan.AgencyEntry> bundleAgencies, List<TransferPlan.CardEntry> bundleCards,
                      TransferPlan plan, String source) {
        Set<String> touched = plan.changes().stream().map(c -> c.subject() + ":" + (c.subject().equals("version")
                ? c.id().substring(0, c.id().lastIndexOf('/')) : c.id())).collect(Collectors.toSet());
        Map<String, Agency> registry = agencies.byCodes();
        for (TransferPlan.AgencyEntry a : bundleAgencies) {
            if (touched.contains("agency:" + a.code()) && !registry.containsKey(a.code())) {
                Agency agency = new Agency(a.code(), a.persianName(), a.englishName(), null);
                em.persist(agency);
                registry.put(a.code(), agency);
            }
        }
        for (TransferPlan.AgencyEntry a : bundleAgencies) {
            if (touched.contains("agency:" + a.code())) {
                registry.get(a.code()).takeFrom(a.persianName(), a.englishName(), registry.get(a.parent()));
                audit.record(AGENCY_AUDIT_SUBJECT, a.code(), "BUNDLE_IMPORTED", null, "source=" + source);
            }
        }
        em.flush();
        for (TransferPlan.CardEntry card : bundleCards) {
            if (touched.contains("card:" + card.key()) || touched.contains("version:" + card.key())) {
                take(card, registry, source);
            }
        }
        if (touched.stream().anyMatch(t -> t.startsWith("agency:"))) {
            CatalogRevision.changed(em, List.of()); // its cards show the agency's names: every card read again
        } else if (!touched.isEmpty()) {
            CatalogRevision.changed(em, touched.stream().map(t -> t.substring(t.indexOf(':') + 1)).toList());
        }
    }

    /** Adds the versions of a card this installation lacks, and gives the others the bundle's state. */
    private void take(TransferPlan.CardEntry card, Map<String, Agency> registry, String source) {
        Map<Integer, ServiceCard> ours = new HashMap<>();
        ServiceCard.versions(em, card.key()).forEach(c -> ours.put(c.getVersionNo(), c));
        int newest = card.versions().size();
        for (TransferredVersion v : card.versions()) {
            boolean latest = v.versionNo() == newest;
            ServiceCard row = ours.get(v.versionNo());
            if (row == null) {
                CardForm form = CardFormJson.read(v.formJson());
                em.persist(ServiceCard.transferred(card.key(), card.provinceCode(), card.baseKey(), v, latest,
                        catalog.project(form), registry.get(form.identification().executiveAgency())));
                audit.record(ServiceCatalog.AUDIT_SUBJECT, card.key(), "BUNDLE_IMPORTED", card.provinceCode(),
                        "version=" + v.versionNo() + " status=" + v.status() + " source=" + source);
            } else if (!TransferPlan.sameState(version(row), v) || row.isLatest() != latest) {
                CardStatus was = row.getStatus();
                row.takeStateOf(v, latest);
                audit.record(ServiceCatalog.AUDIT_SUBJECT, card.key(), "BUNDLE_IMPORTED", card.provinceCode(),
                        "version=" + v.versionNo() + " status=" + was + "→" + v.status() + " source=" + source);
            }
        }
    }

    /** Checks a version of the bundle as a save would; the service ID (§2) its form gives, if any. */
    private Optional<String> check(TransferPlan.CardEntry card, TransferredVersion v, String at,
                                   List<TransferPlan.Finding> faults) {
        if (v.status() == null) {
            faults.add(new TransferPlan.Finding(at + "/status", "no status"));
            return Optional.empty();
        }
        if (v.createdAt() == null || v.updatedAt() == null) {
            faults.add(new TransferPlan.Finding(at + (v.createdAt() == null ? "/createdAt" : "/updatedAt"), "no time given"));
            return Optional.empty();
        }
        Optional<String> serviceId = Optional.empty();
        try {
            CardForm form = CardFile.read(v.formJson());
            catalog.validate(form);
            if (!card.key().equals(form.key())) {
                faults.add(new TransferPlan.Finding(at + "/form/key", "the form's key " + form.key()
                        + " is not the card's " + card.key()));
            }
            String id = form.identification().serviceId();
            serviceId = Optional.ofNullable(id).map(text -> ServiceId.parse(text).map(ServiceId::value).orElse(text));
        } catch (InvalidCard e) {
            e.violations().forEach(violation -> faults.add(new TransferPlan.Finding(
                    at + "/form/" + violation.field().replace('.', '/').replaceAll("\\[(\\d+)]", "/$1"),
                    violation.message())));
        }
        if (v.processJson() != null) {
            try {
                if (v.status().editable()) {
                    ProcessDefinitions.parse(v.processJson()); // a draft's may still have problems: it is not submitted
                } else {
                    ProcessDefinitions.read(v.processJson());
                }
            } catch (ProcessDefinitions.UnsoundDefinition e) {
                faults.add(new TransferPlan.Finding(at + "/process", String.join("; ", e.problems())));
            }
        }
        return serviceId;
    }

    private static TransferPlan.CardEntry entry(List<ServiceCard> versions) {
        ServiceCard first = versions.get(0);
        return new TransferPlan.CardEntry(first.getCardKey(), first.getProvinceCode(), first.getBaseKey(),
                versions.stream().map(CatalogTransfer::version).toList());
    }

    private static TransferredVersion version(ServiceCard c) {
        return new TransferredVersion(c.getVersionNo(), c.getStatus(), c.getBaseVersion(), c.getCreatedAt(),
                c.getUpdatedAt(), c.getSubmittedAt(), c.getPublishedAt(), c.getFormJson(), c.getProcessJson());
    }

    private static TransferPlan.AgencyEntry entry(Agency a) {
        return new TransferPlan.AgencyEntry(a.getCode(), a.getPersianName(), a.getEnglishName(),
                a.getParent() == null ? null : a.getParent().getCode());
    }
}
