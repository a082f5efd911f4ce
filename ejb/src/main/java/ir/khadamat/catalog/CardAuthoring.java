package ir.khadamat.catalog;

import ir.khadamat.audit.AuditTrail;
import ir.khadamat.catalog.form.CardForm;
import ir.khadamat.catalog.process.ProcessDefinition;
import ir.khadamat.catalog.process.ProcessDefinitions;
import ir.khadamat.tenancy.Caller;
import ir.khadamat.tenancy.Callers;
import ir.khadamat.tenancy.Province;
import ir.khadamat.tenancy.ProvinceRegistry;
import ir.khadamat.tenancy.Roles;
import ir.khadamat.tenancy.TenantFilter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writing cards: a provincial admin writes the province's cards and its editions of national cards; the agency's
 * headquarters admin writes national cards. Every save is validated and audited with the fields it changed, and
 * names the version it was based on: a save over somebody else's newer save is refused ({@link CardConflict}).
 */
@Stateless
@Interceptors(TenantFilter.class)
@RolesAllowed({Roles.PROVINCE_ADMIN, Roles.HQ_ADMIN})
public class CardAuthoring {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private ServiceCatalog catalog;

    @EJB
    private Callers callers;

    @EJB
    private AuditTrail audit;

    @EJB
    private ProvinceRegistry provinces;

    /**
     * A new card of the caller's province (national for headquarters), as a draft.
     *
     * @throws InvalidCard when the form breaks a rule of annex 1 or its key is taken
     */
    public CardDetails create(CardForm form) {
        Caller caller = callers.current();
        form = CardFormJson.withServiceId(form, null);
        catalog.validate(form);
        List<String> provinceCodes = provinces.all().stream().map(Province::getCode).toList();
        CardKeyNamespace.refusal(form.key(), caller.provinceCode(), provinceCodes).ifPresent(refusal -> {
            throw InvalidCard.field("key", refusal);
        });
        if (catalog.exists(form.key())) {
            // keys are national (they are the catalogue's addresses), divided by province (CardKeyNamespace): a
            // taken key is one of the caller's own part; the answer is still the one for a malformed key
            throw InvalidCard.field("key", "card.key.pattern");
        }
        ServiceCard card = new ServiceCard(form.key(), caller.provinceCode(), CardStatus.DRAFT, catalog.project(form),
                agency(form));
        em.persist(card);
        changed(card, "CREATED", "version=1");
        return catalog.details(card);
    }

    /**
     * Saves a new content of the card. A draft (or a card sent back for changes) is changed in place; a published
     * card gets a new draft version, and its published version stays in the catalogue until the new one is
     * published. A card in review cannot be changed.
     *
     * @param basedOn the {@link CardDetails#version()} the caller read
     */
    public CardDetails save(String key, CardForm form, long basedOn) {
        ServiceCard card = writable(key);
        if (card.getVersion() != basedOn) {
            throw new CardConflict(key, card.getVersion());
        }
        CardForm before = CardFormJson.read(card.getFormJson());
        form = CardFormJson.withServiceId(CardFormJson.withKey(form, key), card.getServiceId());
        catalog.validate(form);
        if (card.getStatus() == CardStatus.PUBLISHED) {
            card = card.nextVersion();
            em.persist(card);
        } else if (!card.getStatus().editable()) {
            throw new CardTransitionRefused(key, card.getStatus(), CardStatus.DRAFT);
        }
        card.describe(catalog.project(form), agency(form));
        flush(card);
        changed(card, "SAVED", "version=" + card.getVersionNo() + " fields=" + paths(CardDiff.between(before, form)));
        return catalog.details(card);
    }

    /** Sends the card to the planning organization's reviewers (again, after changes were requested). */
    public CardDetails submit(String key, long basedOn) {
        ServiceCard card = writable(key);
        if (card.getVersion() != basedOn) {
            throw new CardConflict(key, card.getVersion());
        }
        if (card.getProcessJson() != null && !ProcessDefinitions.check(ProcessDefinitions.parse(card.getProcessJson())).isEmpty()) {
            // a draft's process saved with its problems (the designer's) goes to review only once it is sound
            throw InvalidCard.field("process", "card.process.unsound");
        }
        card.moveTo(CardStatus.SUBMITTED);
        flush(card);
        changed(card, "SUBMITTED", "version=" + card.getVersionNo());
        return catalog.details(card);
    }

    /**
     * The province's own edition of a published national card (key {@code <national key>-<province>}), as a draft
     * with the national content, to fill in what differs for the province.
     */
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    public CardDetails createEdition(String nationalKey) {
        Caller caller = callers.current();
        ServiceCard national = ServiceCard.versions(em, nationalKey).stream()
                .filter(c -> c.getProvinceCode() == null && c.getStatus() == CardStatus.PUBLISHED)
                .findFirst().orElseThrow(() -> new CardNotFound(nationalKey));
        String editionKey = nationalKey + "-" + caller.provinceCode();
        if (catalog.exists(editionKey)) {
            throw InvalidCard.field("key", "card.edition.exists");
        }
        CardForm form = CardFormJson.withKey(CardFormJson.read(national.getFormJson()), editionKey);
        ServiceCard edition = ServiceCard.editionOf(national, editionKey, caller.provinceCode(), catalog.project(form));
        em.persist(edition);
        changed(edition, "EDITION_CREATED", "base=" + nationalKey + " v" + national.getVersionNo());
        return catalog.details(edition);
    }

    /**
     * What changed in the national card since the edition was last in step with it, field by field, with the
     * edition's own value beside each change.
     */
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.PROVINCE_STAFF, Roles.HQ_ADMIN, Roles.REVIEWER, Roles.SYSTEM_ADMIN})
    public Upstream upstream(String editionKey) {
        Caller caller = callers.current();
        ServiceCard edition = ServiceCard.versions(em, editionKey).stream().findFirst()
                .filter(c -> ServiceCatalog.readsEveryVersion(caller, c))
                .orElseThrow(() -> new CardNotFound(editionKey));
        if (edition.getBaseKey() == null) {
            return new Upstream(editionKey, null, null, null, List.of());
        }
        List<ServiceCard> national = ServiceCard.versions(em, edition.getBaseKey());
        ServiceCard published = national.stream().filter(c -> c.getStatus() == CardStatus.PUBLISHED).findFirst().orElse(null);
        if (published == null || published.getVersionNo() <= edition.getBaseVersion()) {
            return new Upstream(editionKey, edition.getBaseKey(), edition.getBaseVersion(),
                    published == null ? null : published.getVersionNo(), List.of());
        }
        ServiceCard base = national.stream().filter(c -> c.getVersionNo() == edition.getBaseVersion()).findFirst()
                .orElseThrow(() -> new CardNotFound(edition.getBaseKey()));
        return new Upstream(editionKey, edition.getBaseKey(), edition.getBaseVersion(), published.getVersionNo(),
                CardDiff.upstream(CardFormJson.read(base.getFormJson()), CardFormJson.read(published.getFormJson()),
                        CardFormJson.read(edition.getFormJson())));
    }

    /** The national card's changes for an edition, as {@link #upstream} finds them. */
    public record Upstream(String editionKey, String nationalKey, Integer inStepWith, Integer nationalVersion,
                           List<UpstreamChange> changes) {
    }

    /**
     * Takes the chosen fields of the national card's new version into the edition; every other field keeps the
     * province's value, and the edition is then in step with that national version.
     */
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    public CardDetails takeUpstream(String editionKey, Set<String> paths, long basedOn) {
        Upstream upstream = upstream(editionKey);
        if (upstream.nationalVersion() == null || upstream.changes().isEmpty() && paths.isEmpty()) {
            return catalog.find(editionKey).orElseThrow(() -> new CardNotFound(editionKey));
        }
        ServiceCard national = ServiceCard.versions(em, upstream.nationalKey()).stream()
                .filter(c -> c.getVersionNo() == upstream.nationalVersion()).findFirst()
                .orElseThrow(() -> new CardNotFound(upstream.nationalKey()));
        ServiceCard edition = writable(editionKey);
        CardForm merged;
        try {
            merged = CardDiff.take(CardFormJson.read(edition.getFormJson()), CardFormJson.read(national.getFormJson()), paths);
        } catch (IllegalArgumentException e) {
            throw new InvalidCard(List.of(new InvalidCard.Violation("paths", e.getMessage())));
        }
        CardDetails saved = save(editionKey, merged, basedOn);
        ServiceCard latest = writable(editionKey);
        latest.inStepWith(upstream.nationalVersion());
        flush(latest);
        changed(latest, "UPSTREAM_TAKEN", "national v" + upstream.nationalVersion() + " fields=" + paths);
        return catalog.details(latest);
    }

    /**
     * Imports a card file (the JSON of {@code GET /api/cards/{key}/json}): a new card, or a new content of one of the
     * caller's cards. A file of another format version is refused as a whole, with the reason. Over an existing card
     * the import is a save: it names the version it is based on, and a missing or stale one is a {@link CardConflict}.
     *
     * @param basedOn the {@link CardDetails#version()} the caller read, when the card exists (null for a new card)
     */
    public CardDetails importCard(String json, Long basedOn) {
        CardForm form = CardFile.read(json);
        String province = callers.current().provinceCode();
        if (province != null && form.key() != null && !CardKeyNamespace.ofProvince(form.key(), province)) {
            throw InvalidCard.field("key", "card.key.province"); // whether or not another province has the key
        }
        if (!catalog.exists(form.key())) {
            return create(form);
        }
        ServiceCard card;
        try {
            card = writable(form.key());
        } catch (CardNotFound e) {
            throw InvalidCard.field("key", "card.key.pattern"); // the same answer as a create with that key
        }
        if (basedOn == null) {
            throw new CardConflict(form.key(), card.getVersion());
        }
        return save(form.key(), form, basedOn);
    }

    /**
     * The workspace's import of a file chosen on the screen: over an existing card it is based on the card's newest
     * version (the screen's form, with its view state, is the confirmation; REST callers name {@code basedOn}).
     */
    public CardDetails importOnScreen(String json) {
        CardForm form = CardFile.read(json);
        Long current = catalog.exists(form.key()) && form.key() != null
                ? ServiceCard.versions(em, form.key()).stream().findFirst().map(ServiceCard::getVersion).orElse(null) : null;
        return importCard(json, current);
    }

    /**
     * Gives the card's draft its process definition (how it runs as cases), checked first; a card in review or
     * published gets it with its next version.
     *
     * @throws InvalidCard naming {@code process} with every problem of the definition
     */
    public CardDetails defineProcess(String key, String processJson, long basedOn) {
        return define(key, processJson, basedOn, true);
    }

    /**
     * {@link #defineProcess}, but a definition with problems is kept too, as the draft's work in progress (the
     * designer's "save"): the card cannot be {@link #submit submitted} until its process is sound, so the engine
     * never meets it.
     *
     * @throws InvalidCard naming {@code process} when the text is not a process definition of this card at all
     */
    public CardDetails draftProcess(String key, String processJson, long basedOn) {
        return define(key, processJson, basedOn, false);
    }

    private CardDetails define(String key, String processJson, long basedOn, boolean sound) {
        ServiceCard card = writable(key);
        if (card.getVersion() != basedOn) {
            throw new CardConflict(key, card.getVersion());
        }
        if (card.getStatus() == CardStatus.PUBLISHED) {
            card = card.nextVersion();
            em.persist(card);
        } else if (!card.getStatus().editable()) {
            throw new CardTransitionRefused(key, card.getStatus(), CardStatus.DRAFT);
        }
        try {
            ProcessDefinition process = sound ? ProcessDefinitions.read(processJson) : ProcessDefinitions.parse(processJson);
            if (!key.equals(process.cardKey())) {
                throw new InvalidCard(List.of(new InvalidCard.Violation("process.cardKey", "must be " + key)));
            }
        } catch (ProcessDefinitions.UnsoundDefinition e) {
            throw new InvalidCard(e.problems().stream().map(p -> new InvalidCard.Violation("process", p)).toList());
        }
        card.runs(processJson);
        flush(card);
        changed(card, "PROCESS_DEFINED", "version=" + card.getVersionNo() + (sound ? "" : " draft"));
        return catalog.details(card);
    }

    /** The newest version of a card the caller may change; another province's card, or a national one for a province, is not found. */
    private ServiceCard writable(String key) {
        Caller caller = callers.current();
        ServiceCard card = ServiceCard.versions(em, key).stream().findFirst().orElseThrow(() -> new CardNotFound(key));
        boolean mine = card.getProvinceCode() == null
                ? caller.has(Roles.HQ_ADMIN)
                : caller.has(Roles.PROVINCE_ADMIN) && card.getProvinceCode().equals(caller.provinceCode());
        if (!mine) {
            throw new CardNotFound(key);
        }
        return card;
    }

    private Agency agency(CardForm form) {
        return form.identification().executiveAgency() == null ? null
                : em.createNamedQuery("Agency.byCode", Agency.class)
                .setParameter("code", form.identification().executiveAgency()).getResultStream().findFirst().orElse(null);
    }

    private void flush(ServiceCard card) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new CardConflict(card.getCardKey(), card.getVersion());
        }
    }

    private void changed(ServiceCard card, String action, String details) {
        CatalogRevision.changed(em, card.getCardKey());
        audit.record(ServiceCatalog.AUDIT_SUBJECT, card.getCardKey(), action, card.getProvinceCode(), details);
    }

    static String paths(List<FieldChange> changes) {
        return changes.stream().map(FieldChange::path).collect(Collectors.joining(",", "[", "]"));
    }
}
