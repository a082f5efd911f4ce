package ir.khadamat.catalog;

import ir.khadamat.tenancy.TenantScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.AdditionalCriteria;

import java.time.Instant;
import java.util.List;

/**
 * One version of a service card (شناسنامه خدمت), the aggregate root of the catalogue. It keeps the whole annex-1
 * form as a JSON document ({@code formJson}, see {@link CardProjection}) and the columns the catalogue searches
 * and counts, which are always derived from that form by {@link #describe}.
 * <p>
 * The versions of a card share its key and are numbered from 1; the newest is the one being worked on
 * ({@code latest}). A card belongs to a province (its tenant) or, with no province, is national; a provincial
 * edition names the national card it derives from ({@code baseKey}) and the national version it is in step with.
 * Its life: draft → submitted → changes requested → submitted → approved (service ID) → published; changing a
 * published card starts a new version, and publishing that one supersedes the old.
 */
@Entity
@Table(name = "service_card")
@AdditionalCriteria(ServiceCard.CRITERIA)
@NamedQuery(name = "ServiceCard.byKey",
        query = "SELECT c FROM ServiceCard c WHERE c.cardKey = :key ORDER BY c.versionNo DESC")
@NamedQuery(name = "ServiceCard.publishedVersionNo", query = "SELECT c.versionNo FROM ServiceCard c"
        + " WHERE c.cardKey = :key AND c.status = ir.khadamat.catalog.CardStatus.PUBLISHED")
@NamedQuery(name = "ServiceCard.version",
        query = "SELECT c FROM ServiceCard c WHERE c.cardKey = :key AND c.versionNo = :version")
@NamedQuery(name = "ServiceCard.keys", query = "SELECT DISTINCT c.cardKey FROM ServiceCard c")
@NamedQuery(name = "ServiceCard.withServiceId",
        query = "SELECT c FROM ServiceCard c WHERE c.serviceId = :serviceId")
// the published version of each card (the versions before it are SUPERSEDED), by key: the harvestable catalogue
@NamedQuery(name = "ServiceCard.published",
        query = "SELECT c FROM ServiceCard c WHERE c.status = ir.khadamat.catalog.CardStatus.PUBLISHED ORDER BY c.cardKey")
@NamedQuery(name = "ServiceCard.publishedCount",
        query = "SELECT COUNT(c) FROM ServiceCard c WHERE c.status = ir.khadamat.catalog.CardStatus.PUBLISHED")
// cards in review (submitted, sent back, approved) are always the newest version of their card
@NamedQuery(name = "ServiceCard.inReview",
        query = "SELECT c FROM ServiceCard c WHERE c.status IN :statuses ORDER BY c.submittedAt")
public class ServiceCard {

    /**
     * Tenant isolation of cards ({@link TenantScope}): as {@link TenantScope#CRITERIA}, and besides, published
     * versions (and the versions they replaced) of every province's cards, which are public; drafts and cards in
     * review stay inside their province.
     */
    static final String CRITERIA = TenantScope.CRITERIA
            + " OR this.status IN (ir.khadamat.catalog.CardStatus.PUBLISHED, ir.khadamat.catalog.CardStatus.SUPERSEDED)";


    @Id
    @SequenceGenerator(name = "service_card_seq", sequenceName = "service_card_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_card_seq")
    private Long id;

    /** Stable key of the card in data files and URLs, e.g. {@code prisoner-visits}. */
    @Column(name = "card_key", nullable = false, length = 100, updatable = false)
    private String cardKey;

    /** 1 for the first version of the card, then one more for each new version. */
    @Column(name = "version_no", nullable = false, updatable = false)
    private int versionNo;

    /** Whether this is the newest version of its card, the one being worked on. */
    @Column(nullable = false)
    private boolean latest;

    /** The province the card belongs to (its tenant); {@code null} for a national card. */
    @Column(name = "province_code", length = 50, updatable = false)
    private String provinceCode;

    /** For a provincial edition: the key of the national card it derives from. */
    @Column(name = "base_key", length = 100, updatable = false)
    private String baseKey;

    /** For a provincial edition: the version of the national card whose changes it has taken in or declined. */
    @Column(name = "base_version")
    private Integer baseVersion;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CardStatus status;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(length = 4000)
    private String summary;

    /** §2 شناسه خدمت, assigned by the planning organization at approval; null until then. */
    @Column(name = "service_id", length = 50)
    private ServiceId serviceId;

    @ManyToOne
    @JoinColumn(name = "executive_agency_id")
    private Agency executiveAgency;

    @Column(name = "service_types", length = 100)
    private String serviceTypes;

    @Column(name = "service_levels", length = 200)
    private String serviceLevels;

    @Column(name = "related_events", length = 500)
    private String relatedEvents;

    /** How many of the four stages of §6 are electronic; null while any stage's mode is unknown. */
    @Column(name = "electronic_stages")
    private Integer electronicStages;

    @Column(name = "search_text", nullable = false, length = 200000)
    private String searchText;

    @Column(name = "form_json", nullable = false, length = 1000000)
    private String formJson;

    /** How this version runs as cases (ProcessDefinition as JSON); null: drawn from §10 when it runs. */
    @Column(name = "process_json", length = 200000)
    private String processJson;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ServiceCard() {
    }

    public ServiceCard(String cardKey, String provinceCode, CardStatus status, CardProjection projection,
                       Agency executiveAgency) {
        this.cardKey = cardKey;
        this.versionNo = 1;
        this.latest = true;
        this.provinceCode = provinceCode;
        this.status = status;
        this.createdAt = Instant.now();
        if (status == CardStatus.SUBMITTED) {
            this.submittedAt = createdAt;
        }
        describe(projection, executiveAgency);
    }

    /** The versions of a card visible in the caller's tenant scope, newest first (the catalogue's own lookup). */
    static List<ServiceCard> versions(EntityManager em, String key) {
        return em.createNamedQuery("ServiceCard.byKey", ServiceCard.class).setParameter("key", key).getResultList();
    }

    /** A provincial edition of a published national card: the province's own copy, at first the same form. */
    public static ServiceCard editionOf(ServiceCard national, String editionKey, String provinceCode,
                                        CardProjection projection) {
        ServiceCard edition = new ServiceCard(editionKey, provinceCode, CardStatus.DRAFT, projection,
                national.executiveAgency);
        edition.baseKey = national.cardKey;
        edition.baseVersion = national.versionNo;
        edition.processJson = national.processJson;
        return edition;
    }

    /** The next version of this card, a draft with the same content; this one stops being the latest. */
    public ServiceCard nextVersion() {
        ServiceCard next = new ServiceCard();
        next.cardKey = cardKey;
        next.versionNo = versionNo + 1;
        next.latest = true;
        next.provinceCode = provinceCode;
        next.baseKey = baseKey;
        next.baseVersion = baseVersion;
        next.status = CardStatus.DRAFT;
        next.createdAt = Instant.now();
        next.title = title;
        next.summary = summary;
        next.serviceId = serviceId;
        next.executiveAgency = executiveAgency;
        next.serviceTypes = serviceTypes;
        next.serviceLevels = serviceLevels;
        next.relatedEvents = relatedEvents;
        next.electronicStages = electronicStages;
        next.searchText = searchText;
        next.formJson = formJson;
        next.processJson = processJson;
        next.updatedAt = next.createdAt;
        this.latest = false;
        return next;
    }

    /**
     * A version as another installation had it (a catalogue bundle, {@link CatalogTransfer}): its number, state and
     * times as they were there, its columns derived from its form as always.
     */
    static ServiceCard transferred(String cardKey, String provinceCode, String baseKey, TransferredVersion v,
                                   boolean latest, CardProjection projection, Agency executiveAgency) {
        ServiceCard card = new ServiceCard();
        card.cardKey = cardKey;
        card.versionNo = v.versionNo();
        card.provinceCode = provinceCode;
        card.baseKey = baseKey;
        card.describe(projection, executiveAgency);
        card.processJson = v.processJson();
        card.createdAt = v.createdAt();
        card.takeStateOf(v, latest);
        return card;
    }

    /** Takes the state and times another installation's copy of this version has (its content is the same). */
    void takeStateOf(TransferredVersion v, boolean latest) {
        this.latest = latest;
        this.status = v.status();
        this.baseVersion = v.baseVersion();
        this.submittedAt = v.submittedAt();
        this.publishedAt = v.publishedAt();
        this.updatedAt = v.updatedAt();
    }

    /**
     * Moves the card on in its life.
     *
     * @throws CardTransitionRefused when the card's state does not allow it
     */
    public void moveTo(CardStatus target) {
        boolean allowed = switch (target) {
            case SUBMITTED -> status.editable();
            case CHANGES_REQUESTED, APPROVED -> status == CardStatus.SUBMITTED;
            case PUBLISHED -> status == CardStatus.APPROVED;
            case SUPERSEDED -> status == CardStatus.PUBLISHED;
            case DRAFT -> false;
        };
        if (!allowed) {
            throw new CardTransitionRefused(cardKey, status, target);
        }
        status = target;
        Instant now = Instant.now();
        if (target == CardStatus.SUBMITTED) {
            submittedAt = now;
        } else if (target == CardStatus.PUBLISHED) {
            publishedAt = now;
        }
        updatedAt = now;
    }

    /** Gives this version its process definition (checked by the caller). */
    public void runs(String processJson) {
        this.processJson = processJson;
        this.updatedAt = Instant.now();
    }

    public String getProcessJson() {
        return processJson;
    }

    /** Records that the edition's admin has dealt with the national card's changes up to that version. */
    public void inStepWith(int nationalVersion) {
        this.baseVersion = nationalVersion;
    }

    /** Takes a new content of the form, with every column derived from it. */
    public final void describe(CardProjection projection, Agency executiveAgency) {
        this.title = projection.title();
        this.summary = projection.summary();
        this.serviceId = projection.serviceId();
        this.executiveAgency = executiveAgency;
        this.serviceTypes = projection.serviceTypes();
        this.serviceLevels = projection.serviceLevels();
        this.relatedEvents = projection.relatedEvents();
        this.electronicStages = projection.electronicStages();
        this.searchText = projection.searchText();
        this.formJson = projection.formJson();
        this.updatedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getCardKey() {
        return cardKey;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public boolean isLatest() {
        return latest;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public String getBaseKey() {
        return baseKey;
    }

    public Integer getBaseVersion() {
        return baseVersion;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public CardStatus getStatus() {
        return status;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public ServiceId getServiceId() {
        return serviceId;
    }

    public Agency getExecutiveAgency() {
        return executiveAgency;
    }

    public Integer getElectronicStages() {
        return electronicStages;
    }

    public String getFormJson() {
        return formJson;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
