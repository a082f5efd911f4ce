package ir.khadamat.catalog;

import ir.khadamat.audit.AuditEvent;
import ir.khadamat.audit.AuditTrail;
import ir.khadamat.catalog.form.AgencyLink;
import ir.khadamat.catalog.form.CardForm;
import ir.khadamat.catalog.process.ProcessDefinitions;
import ir.khadamat.tenancy.Caller;
import ir.khadamat.tenancy.Callers;
import ir.khadamat.tenancy.SystemTask;
import ir.khadamat.tenancy.TenantFilter;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the catalogue as the caller may see it. Tenant isolation is the persistence layer's ({@link TenantFilter}):
 * another province's cards are simply not there. On top of it, what a card shows depends on the reader: the
 * card's own people (its province's users; national users for every card) see its newest version, in whatever
 * state; everyone else (the public, other provinces) sees its published version, if there is one, and never its
 * drafts, comments or history.
 */
@PermitAll
@Stateless
@Interceptors(TenantFilter.class)
public class ServiceCatalog {

    static final String AUDIT_SUBJECT = "ServiceCard";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AgencyRegistry agencies;

    @EJB
    private AuditTrail audit;

    @EJB
    private Callers callers;

    @Inject
    private Validator validator;

    /** One version of a card in a list of its versions. */
    public record VersionInfo(int versionNo, CardStatus status, String serviceId, Instant updatedAt,
                              Instant publishedAt, boolean latest) {
    }

    /** The version of a card (by numeric id or key) that the caller sees. */
    public Optional<CardDetails> find(String idOrKey) {
        return visible(idOrKey, callers.current()).map(this::details);
    }

    /** One page of the published cards, each in its published version, by card key: what a harvester takes. */
    public List<CardDetails> published(int first, int max) {
        Map<String, Agency> registry = agencies.byCodes();
        return em.createNamedQuery("ServiceCard.published", ServiceCard.class).setFirstResult(first).setMaxResults(max)
                .getResultList().stream().map(card -> details(card, registry)).toList();
    }

    /** How many cards are published. */
    public long publishedCount() {
        return em.createNamedQuery("ServiceCard.publishedCount", Long.class).getSingleResult();
    }

    /** A given version of a card, if the caller may see it. */
    public Optional<CardDetails> find(String key, int versionNo) {
        return visibleVersion(key, versionNo).map(this::details);
    }

    /** The process definition of the version of a card the caller sees (null: it runs its §10 diagram). */
    public Optional<String> process(String idOrKey) {
        return visible(idOrKey, callers.current()).map(ServiceCard::getProcessJson);
    }

    /**
     * The process definition of one version of a card, when the caller sees that version ({@link #find(String, int)});
     * empty also when the version has none of its own (it runs its §10 diagram).
     */
    public Optional<String> process(String key, int versionNo) {
        return visibleVersion(key, versionNo).map(ServiceCard::getProcessJson);
    }

    /** One version of a card, when the caller may see it: every version for its own people, the published for all. */
    private Optional<ServiceCard> visibleVersion(String key, int versionNo) {
        Caller caller = callers.current();
        return em.createNamedQuery("ServiceCard.version", ServiceCard.class).setParameter("key", key)
                .setParameter("version", versionNo).getResultStream()
                .filter(c -> readsEveryVersion(caller, c) || isPublic(c)).findFirst();
    }

    /** The versions of a card the caller may see, newest first. */
    public List<VersionInfo> versions(String key) {
        Caller caller = callers.current();
        return ServiceCard.versions(em, key).stream().filter(c -> readsEveryVersion(caller, c) || isPublic(c))
                .map(c -> new VersionInfo(c.getVersionNo(), c.getStatus(),
                        Objects.toString(c.getServiceId(), null), c.getUpdatedAt(),
                        c.getPublishedAt(), c.isLatest()))
                .toList();
    }

    /** The audit trail of a card, for its own people only (an empty list for anyone else). */
    public List<AuditEvent> history(String key) {
        Caller caller = callers.current();
        List<ServiceCard> rows = ServiceCard.versions(em, key);
        if (rows.isEmpty() || !readsEveryVersion(caller, rows.get(0))) {
            return List.of();
        }
        return audit.history(AUDIT_SUBJECT, key);
    }

    /** The reviewers' comments on a card, for its own people only. */
    public List<ReviewComment> comments(String key) {
        Caller caller = callers.current();
        List<ServiceCard> rows = ServiceCard.versions(em, key);
        if (rows.isEmpty() || !readsEveryVersion(caller, rows.get(0))) {
            return List.of();
        }
        return em.createNamedQuery("ReviewComment.forCard", ReviewComment.class).setParameter("key", key)
                .getResultList();
    }

    /**
     * How many comments of its last review wait for each card's authors, by key: for a card with its authors (a
     * draft, or sent back for changes) the comments made on the newest version that has any; cards without any are
     * left out. The tenant scope leaves out other provinces' cards.
     */
    public Map<String, Long> commentsWaiting(Collection<CardSummary> cards) {
        List<String> keys = cards.stream().filter(c -> withAuthors(c.status())).map(CardSummary::key).toList();
        if (keys.isEmpty()) {
            return Map.of();
        }
        Map<String, Long> counts = new HashMap<>();
        Map<String, Integer> newest = new HashMap<>();
        em.createQuery("SELECT c.cardKey, c.versionNo, COUNT(c) FROM ReviewComment c WHERE c.cardKey IN :keys"
                        + " GROUP BY c.cardKey, c.versionNo", Object[].class)
                .setParameter("keys", keys).getResultStream().forEach(r -> {
                    String key = (String) r[0];
                    int version = ((Number) r[1]).intValue();
                    if (version > newest.getOrDefault(key, -1)) {
                        newest.put(key, version);
                        counts.put(key, ((Number) r[2]).longValue());
                    }
                });
        return counts;
    }

    /** The comments of a card's last review, while the card is with its authors; none otherwise. */
    public List<ReviewComment> commentsWaiting(CardDetails card) {
        if (!withAuthors(card.status())) {
            return List.of();
        }
        List<ReviewComment> all = comments(card.key());
        int last = all.stream().mapToInt(ReviewComment::getVersionNo).max().orElse(-1);
        return all.stream().filter(c -> c.getVersionNo() == last).toList();
    }

    private static boolean withAuthors(CardStatus status) {
        return status == CardStatus.DRAFT || status == CardStatus.CHANGES_REQUESTED;
    }

    /** Whether the caller is one of the card's own people (its province's users, national users). */
    public boolean isOwn(String key) {
        Caller caller = callers.current();
        return ServiceCard.versions(em, key).stream().findFirst().map(c -> readsEveryVersion(caller, c)).orElse(false);
    }

    /** Whether any province has a card with this key (keys are unique nationally). */
    public boolean exists(String key) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM service_card WHERE card_key = ?1")
                .setParameter(1, key).getSingleResult()).longValue() > 0;
    }

    /**
     * Adds a seed card of {@code catalog-data} to the catalogue as a national card waiting for review.
     *
     * @throws InvalidCard when the form breaks a rule of annex 1
     */
    @SystemTask
    public ServiceCard importSeed(CardForm form) {
        validate(form);
        ServiceCard card = new ServiceCard(form.key(), null, CardStatus.SUBMITTED, project(form),
                agencies.byCodes().get(form.identification().executiveAgency()));
        em.persist(card);
        CatalogRevision.changed(em, form.key());
        audit.record(AUDIT_SUBJECT, form.key(), "IMPORTED", null, "status=" + CardStatus.SUBMITTED);
        return card;
    }

    /**
     * Gives the versions of a seed card the seed's process definition: those without one, and those whose stored one
     * is the seed's but for English texts the seed has since been given (a database seeded before the step screens
     * spoke English); a definition anybody changed otherwise is kept.
     *
     * @return how many versions were given it
     */
    @SystemTask
    public int attachSeedProcess(String key, String processJson) {
        int attached = 0;
        for (ServiceCard card : ServiceCard.versions(em, key)) {
            boolean translated = ProcessDefinitions.sameButEnglish(card.getProcessJson(), processJson);
            if (card.getProcessJson() == null || translated) {
                card.runs(processJson);
                attached++;
            }
            if (translated) {
                audit.record(AUDIT_SUBJECT, key, "PROCESS_TRANSLATED", card.getProvinceCode(),
                        "version=" + card.getVersionNo()); // its process took the English texts of catalog-data
            }
        }
        return attached;
    }

    public void validate(CardForm form) {
        Set<ConstraintViolation<CardForm>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw InvalidCard.of(violations);
        }
    }

    public CardProjection project(CardForm form) {
        Map<String, Agency> registry = agencies.byCodes();
        return CardProjection.of(form, code -> {
            Agency a = code == null ? null : registry.get(code);
            return a == null ? null : a.getPersianName();
        });
    }

    /** Whether the caller is one of the card's own people, who see all its versions in any state. */
    static boolean readsEveryVersion(Caller caller, ServiceCard card) {
        return !caller.isAnonymous()
                && (caller.isNational() || caller.provinceCode() != null && caller.provinceCode().equals(card.getProvinceCode()));
    }

    /** Published versions of cards, national and provincial, and the versions they superseded, are public. */
    static boolean isPublic(ServiceCard card) {
        return card.getStatus() == CardStatus.PUBLISHED || card.getStatus() == CardStatus.SUPERSEDED;
    }

    private Optional<ServiceCard> visible(String idOrKey, Caller caller) {
        if (idOrKey == null || idOrKey.isBlank()) {
            return Optional.empty();
        }
        if (idOrKey.chars().allMatch(Character::isDigit) && idOrKey.length() < 19) {
            return Optional.ofNullable(em.find(ServiceCard.class, Long.valueOf(idOrKey)))
                    .filter(c -> readsEveryVersion(caller, c) || isPublic(c));
        }
        List<ServiceCard> rows = ServiceCard.versions(em, idOrKey);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        if (readsEveryVersion(caller, rows.get(0))) {
            return Optional.of(rows.get(0));
        }
        return rows.stream().filter(c -> c.getStatus() == CardStatus.PUBLISHED && isPublic(c)).findFirst();
    }

    public CardDetails details(ServiceCard card) {
        return details(card, agencies.byCodes());
    }

    private static CardDetails details(ServiceCard card, Map<String, Agency> registry) {
        CardForm form = CardFormJson.read(card.getFormJson());
        Map<String, CardDetails.AgencyName> names = new LinkedHashMap<>();
        Stream.concat(
                        Stream.of(form.identification().executiveAgency(), form.identification().parentAgency()),
                        form.agencyLinks() == null ? Stream.empty() : form.agencyLinks().stream().map(AgencyLink::agency))
                .filter(code -> code != null && registry.containsKey(code))
                .forEach(code -> names.put(code, new CardDetails.AgencyName(
                        registry.get(code).getPersianName(), registry.get(code).getEnglishName())));
        return new CardDetails(card.getId(), card.getCardKey(), card.getStatus(), card.getVersion(),
                card.getUpdatedAt(), form, names, card.getVersionNo(), card.isLatest(), card.getProvinceCode(),
                card.getBaseKey(), card.getBaseVersion(), card.getSubmittedAt(), card.getPublishedAt());
    }
}
