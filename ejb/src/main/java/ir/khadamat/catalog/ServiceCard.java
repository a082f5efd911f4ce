package ir.khadamat.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

import java.time.Instant;

/**
 * A service card (شناسنامه خدمت): the aggregate root of the catalogue. It keeps the whole annex-1 form
 * as a JSON document ({@code formJson}, see {@link CardProjection}) and the columns the catalogue searches
 * and counts, which are always derived from that form by {@link #describe}.
 */
@Entity
@Table(name = "service_card")
@NamedQuery(name = "ServiceCard.byKey", query = "SELECT c FROM ServiceCard c WHERE c.cardKey = :key")
@NamedQuery(name = "ServiceCard.keys", query = "SELECT c.cardKey FROM ServiceCard c")
public class ServiceCard {

    @Id
    @SequenceGenerator(name = "service_card_seq", sequenceName = "service_card_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_card_seq")
    private Long id;

    /** Stable key of the card in data files and URLs, e.g. {@code prisoner-visits}. */
    @Column(name = "card_key", nullable = false, unique = true, length = 100, updatable = false)
    private String cardKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CardStatus status;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(length = 4000)
    private String summary;

    /** §2 شناسه خدمت, assigned by the planning organization at approval; null until then. */
    @Column(name = "service_id", unique = true, length = 50)
    private String serviceId;

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

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ServiceCard() {
    }

    public ServiceCard(String cardKey, CardStatus status, CardProjection projection, Agency executiveAgency) {
        this.cardKey = cardKey;
        this.status = status;
        this.createdAt = Instant.now();
        describe(projection, executiveAgency);
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

    public CardStatus getStatus() {
        return status;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getServiceId() {
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
