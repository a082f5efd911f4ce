package ir.khadamat.catalog;

import ir.khadamat.audit.AuditTrail;
import ir.khadamat.catalog.form.CardForm;
import ir.khadamat.tenancy.Caller;
import ir.khadamat.tenancy.Callers;
import ir.khadamat.tenancy.Roles;
import ir.khadamat.tenancy.TenantFilter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The planning organization's review (national): comments and requests for changes, approval with the national
 * service ID, publication, and the reviewer's desk. Every step is audited.
 */
@Stateless
@Interceptors(TenantFilter.class)
@RolesAllowed(Roles.REVIEWER)
public class CardReview {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private ServiceCatalog catalog;

    @EJB
    private Callers callers;

    @EJB
    private AuditTrail audit;

    /** Comments one request may add at most (docs/security-fuzz.md). */
    public static final int MAX_COMMENTS = 200;

    /** A comment on a section or field ({@code path}: e.g. {@code /details/fees}, or {@code /details} for the section). */
    public record Comment(String path, String text) {
    }

    /** One card on the reviewer's desk. */
    public record DeskEntry(String key, String title, String provinceCode, CardStatus status, int versionNo,
                            Instant submittedAt, long waitingDays, int completeness, List<Comment> comments) {
    }

    /** Sends a submitted card back to its authors with comments; at least one comment is required. */
    public CardDetails requestChanges(String key, List<Comment> comments, long basedOn) {
        if (comments == null || comments.isEmpty()) {
            throw InvalidCard.field("comments", "card.comment.required");
        }
        ServiceCard card = latest(key, basedOn);
        card.moveTo(CardStatus.CHANGES_REQUESTED);
        addComments(card, comments);
        changed(card, "CHANGES_REQUESTED", comments.stream().map(Comment::path).collect(Collectors.joining(",", "comments on [", "]")));
        return catalog.details(card);
    }

    /** Adds comments to the card as it is, without changing its state. */
    public CardDetails comment(String key, List<Comment> comments) {
        if (comments == null || comments.isEmpty()) {
            throw InvalidCard.field("comments", "card.comment.required");
        }
        ServiceCard card = latest(key, null);
        addComments(card, comments);
        audit.record(ServiceCatalog.AUDIT_SUBJECT, key, "COMMENTED", card.getProvinceCode(),
                comments.stream().map(Comment::path).collect(Collectors.joining(",", "[", "]")));
        return catalog.details(card);
    }

    /**
     * Approves a submitted card and gives it its national service ID (§2). A provincial edition carries its national
     * card's ID; a new version keeps the ID its card already has.
     *
     * @param serviceId 11 digits (Persian or Arabic digits are read as such); may be omitted when the card or its
     *                  national card already has one
     */
    public CardDetails approve(String key, String serviceId, long basedOn) {
        ServiceCard card = latest(key, basedOn);
        String family = card.getBaseKey() != null ? card.getBaseKey() : key;
        ServiceId inherited = card.getServiceId() != null ? card.getServiceId() : nationalServiceId(card);
        ServiceId id = (serviceId == null || serviceId.isBlank() ? Optional.ofNullable(inherited)
                : ServiceId.parse(serviceId)).orElseThrow(() -> InvalidCard.field("serviceId", "card.serviceId.format"));
        if (inherited != null && !inherited.equals(id)) {
            throw InvalidCard.field("serviceId", "card.serviceId.assigned");
        }
        boolean taken = em.createNamedQuery("ServiceCard.withServiceId", ServiceCard.class).setParameter("serviceId", id)
                .getResultStream().anyMatch(c -> !family.equals(c.getBaseKey() != null ? c.getBaseKey() : c.getCardKey()));
        if (taken) {
            throw InvalidCard.field("serviceId", "card.serviceId.taken");
        }
        CardForm form = CardFormJson.withServiceId(CardFormJson.read(card.getFormJson()), id);
        card.describe(catalog.project(form), card.getExecutiveAgency());
        card.moveTo(CardStatus.APPROVED);
        changed(card, "APPROVED", "serviceId=" + id + " version=" + card.getVersionNo());
        return catalog.details(card);
    }

    /** Publishes an approved card; the version it replaces stays readable as superseded. */
    public CardDetails publish(String key, long basedOn) {
        ServiceCard card = latest(key, basedOn);
        card.moveTo(CardStatus.PUBLISHED);
        for (ServiceCard older : ServiceCard.versions(em, key)) {
            if (older != card && older.getStatus() == CardStatus.PUBLISHED) {
                older.moveTo(CardStatus.SUPERSEDED);
            }
        }
        changed(card, "PUBLISHED", "version=" + card.getVersionNo());
        return catalog.details(card);
    }

    /**
     * The reviewer's desk: the cards waiting on reviewers or their authors (submitted, sent back, approved and not
     * yet published), the longest waiting first, optionally of one province ({@code national} for national cards).
     */
    public List<DeskEntry> desk(String province, CardStatus status) {
        List<CardStatus> statuses = status != null ? List.of(status)
                : List.of(CardStatus.SUBMITTED, CardStatus.CHANGES_REQUESTED, CardStatus.APPROVED);
        List<ServiceCard> cards = em.createNamedQuery("ServiceCard.inReview", ServiceCard.class)
                .setParameter("statuses", statuses).getResultStream()
                .filter(c -> province == null || province.isBlank()
                        || ("national".equals(province) ? c.getProvinceCode() == null : province.equals(c.getProvinceCode())))
                .toList();
        Map<String, List<Comment>> comments = cards.isEmpty() ? Map.of()
                : em.createNamedQuery("ReviewComment.forCards", ReviewComment.class)
                .setParameter("keys", cards.stream().map(ServiceCard::getCardKey).toList()).getResultStream()
                .collect(Collectors.groupingBy(ReviewComment::getCardKey,
                        Collectors.mapping(c -> new Comment(c.getFieldPath(), c.getText()), Collectors.toList())));
        Instant now = Instant.now();
        List<DeskEntry> desk = new ArrayList<>();
        for (ServiceCard c : cards) {
            Instant since = c.getSubmittedAt() != null ? c.getSubmittedAt() : c.getUpdatedAt();
            desk.add(new DeskEntry(c.getCardKey(), c.getTitle(), c.getProvinceCode(), c.getStatus(), c.getVersionNo(),
                    since, Duration.between(since, now).toDays(),
                    CardCompleteness.assess(CardFormJson.read(c.getFormJson())).score(),
                    comments.getOrDefault(c.getCardKey(), List.of())));
        }
        return desk;
    }

    private ServiceId nationalServiceId(ServiceCard card) {
        if (card.getBaseKey() == null) {
            return null;
        }
        return ServiceCard.versions(em, card.getBaseKey()).stream().map(ServiceCard::getServiceId)
                .filter(id -> id != null).findFirst().orElse(null);
    }

    private void addComments(ServiceCard card, List<Comment> comments) {
        Caller caller = callers.current();
        if (comments.size() > MAX_COMMENTS) {
            throw InvalidCard.field("comments", "card.comment.tooMany");
        }
        for (int i = 0; i < comments.size(); i++) {
            Comment c = comments.get(i);
            if (c == null || c.text() == null || c.text().isBlank()) {
                throw InvalidCard.field("comments", "card.comment.blank");
            }
            String path = c.path() == null || c.path().isBlank() ? "/" : c.path().strip();
            // the columns of review_comment (V3): field_path 300, text 4000
            if (path.length() > 300) {
                throw InvalidCard.field("comments[" + i + "].path", "card.comment.tooLong");
            }
            if (c.text().strip().length() > 4000) {
                throw InvalidCard.field("comments[" + i + "].text", "card.comment.tooLong");
            }
            em.persist(new ReviewComment(card, path, c.text().strip(), caller.username()));
        }
    }

    private ServiceCard latest(String key, Long basedOn) {
        ServiceCard card = ServiceCard.versions(em, key).stream().findFirst().orElseThrow(() -> new CardNotFound(key));
        if (basedOn != null && card.getVersion() != basedOn) {
            throw new CardConflict(key, card.getVersion());
        }
        return card;
    }

    private void changed(ServiceCard card, String action, String details) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new CardConflict(card.getCardKey(), card.getVersion());
        }
        CatalogRevision.changed(em, card.getCardKey());
        audit.record(ServiceCatalog.AUDIT_SUBJECT, card.getCardKey(), action, card.getProvinceCode(), details);
    }
}
