package ir.khadamat.integration;

import ir.khadamat.catalog.process.ExchangeMode;
import ir.khadamat.tenancy.TenantScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.AdditionalCriteria;

import java.time.Instant;

/**
 * An exchange a case waits for that is not done inside its step: a request queued for the next batch to its
 * partner, or a letter sent whose reply is recorded by hand. Answered, the case's step takes the answer (and
 * the row is consumed); consumed rows stay as the record of what was sent and received.
 */
@Entity
@Table(name = "pending_exchange")
@AdditionalCriteria(TenantScope.STRICT_CRITERIA)
@NamedQuery(name = "PendingExchange.open", query = "SELECT p FROM PendingExchange p WHERE p.caseId = :caseId"
        + " AND p.stepId = :stepId AND p.state <> ir.khadamat.integration.PendingExchange.State.CONSUMED")
@NamedQuery(name = "PendingExchange.queues", query = "SELECT DISTINCT p.partner, p.operation FROM PendingExchange p"
        + " WHERE p.state = ir.khadamat.integration.PendingExchange.State.QUEUED")
@NamedQuery(name = "PendingExchange.awaitingReply", query = "SELECT p FROM PendingExchange p WHERE p.caseId = :caseId"
        + " AND p.state = ir.khadamat.integration.PendingExchange.State.AWAITING_REPLY")
@NamedQuery(name = "PendingExchange.awaitingReplies", query = "SELECT p FROM PendingExchange p WHERE"
        + " p.state = ir.khadamat.integration.PendingExchange.State.AWAITING_REPLY ORDER BY p.createdAt, p.id")
@NamedQuery(name = "PendingExchange.waiting", query = "SELECT p FROM PendingExchange p WHERE p.state IN"
        + " (ir.khadamat.integration.PendingExchange.State.QUEUED, ir.khadamat.integration.PendingExchange.State.AWAITING_REPLY)"
        + " ORDER BY p.createdAt, p.id")
public class PendingExchange {

    public enum State {
        /** In the next batch to the partner. */
        QUEUED,
        /** The letter was issued; its reply is recorded by hand. */
        AWAITING_REPLY,
        /** The partner answered; the case's step takes the answer when it runs again. */
        ANSWERED,
        /** The step took the answer. */
        CONSUMED
    }

    @Id
    @SequenceGenerator(name = "pending_exchange_seq", sequenceName = "pending_exchange_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pending_exchange_seq")
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "tracking_code", length = 20, updatable = false)
    private String trackingCode;

    @Column(name = "step_id", nullable = false, length = 60, updatable = false)
    private String stepId;

    @Column(name = "province_code", length = 50, updatable = false)
    private String provinceCode;

    @Column(nullable = false, length = 100, updatable = false)
    private String actor;

    @Column(nullable = false, length = 60, updatable = false)
    private String partner;

    @Column(nullable = false, length = 60, updatable = false)
    private String operation;

    @Enumerated(EnumType.STRING)
    @Column(name = "exchange_mode", nullable = false, length = 20, updatable = false)
    private ExchangeMode mode;

    @Column(length = 20000, updatable = false)
    private String request;

    @Column(length = 20000)
    private String answer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private State state;

    @Column(name = "letter_code", length = 40)
    private String letterCode;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Version
    private long version;

    protected PendingExchange() {
    }

    public PendingExchange(ExchangeContext context, String stepId, String partner, String operation, ExchangeMode mode,
                           String request) {
        this.caseId = context.caseId();
        this.trackingCode = context.trackingCode();
        this.provinceCode = context.provinceCode();
        this.actor = context.actor();
        this.stepId = stepId;
        this.partner = partner;
        this.operation = operation;
        this.mode = mode;
        this.request = request;
        this.state = mode == ExchangeMode.LETTER ? State.AWAITING_REPLY : State.QUEUED;
        this.createdAt = Instant.now();
    }

    void letter(String verificationCode) {
        this.letterCode = verificationCode;
    }

    void answered(String answerJson) {
        if (state != State.QUEUED && state != State.AWAITING_REPLY) {
            throw new IllegalStateException("exchange " + id + " is " + state);
        }
        this.answer = answerJson;
        this.state = State.ANSWERED;
        this.answeredAt = Instant.now();
    }

    void consumed() {
        this.state = State.CONSUMED;
    }

    ExchangeContext context() {
        return new ExchangeContext(caseId, trackingCode, provinceCode, actor);
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getTrackingCode() {
        return trackingCode;
    }

    public String getStepId() {
        return stepId;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public String getActor() {
        return actor;
    }

    public String getPartner() {
        return partner;
    }

    public String getOperation() {
        return operation;
    }

    public ExchangeMode getMode() {
        return mode;
    }

    public String getRequest() {
        return request;
    }

    public String getAnswer() {
        return answer;
    }

    public State getState() {
        return state;
    }

    public String getLetterCode() {
        return letterCode;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
