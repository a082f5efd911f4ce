package ir.khadamat.integration;

import ir.khadamat.catalog.process.ExchangeMode;
import ir.khadamat.tenancy.TenantScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.AdditionalCriteria;

import java.io.Serializable;
import java.time.Instant;

/** One exchange with a partner (تبادل): request, response, outcome and time, tied to its case and user; never changed. */
@Entity
@Table(name = "exchange_log")
@AdditionalCriteria(TenantScope.STRICT_CRITERIA)
@NamedQuery(name = "ExchangeLog.forCase", query = "SELECT e FROM ExchangeLog e WHERE e.caseId = :caseId ORDER BY e.startedAt, e.id")
public class ExchangeLog implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "exchange_log_seq", sequenceName = "exchange_log_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exchange_log_seq")
    private Long id;

    @Column(name = "case_id", updatable = false)
    private Long caseId;

    @Column(name = "tracking_code", length = 20, updatable = false)
    private String trackingCode;

    @Column(name = "province_code", length = 50, updatable = false)
    private String provinceCode;

    @jakarta.persistence.Enumerated(EnumType.STRING)
    @Column(name = "exchange_mode", length = 20, updatable = false)
    private ExchangeMode mode;

    @Column(nullable = false, length = 100, updatable = false)
    private String actor;

    @Column(nullable = false, length = 60, updatable = false)
    private String partner;

    @Column(nullable = false, length = 60, updatable = false)
    private String operation;

    @Column(length = 20000, updatable = false)
    private String request;

    @Column(length = 20000, updatable = false)
    private String response;

    @Column(nullable = false, length = 20, updatable = false)
    private String outcome;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(nullable = false, updatable = false)
    private long millis;

    protected ExchangeLog() {
    }

    public ExchangeLog(ExchangeContext context, ExchangeMode mode, String partner, String operation, String request,
                       String response, String outcome, Instant startedAt, long millis) {
        this.caseId = context.caseId();
        this.trackingCode = context.trackingCode();
        this.provinceCode = context.provinceCode();
        this.actor = context.actor();
        this.mode = mode;
        this.partner = partner;
        this.operation = operation;
        this.request = request;
        this.response = response;
        this.outcome = outcome;
        this.startedAt = startedAt;
        this.millis = millis;
    }

    public String getPartner() {
        return partner;
    }

    public String getOperation() {
        return operation;
    }

    public String getRequest() {
        return request;
    }

    public String getResponse() {
        return response;
    }

    public String getOutcome() {
        return outcome;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public long getMillis() {
        return millis;
    }

    public Long getId() {
        return id;
    }

    public String getTrackingCode() {
        return trackingCode;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public ExchangeMode getMode() {
        return mode;
    }

    public String getActor() {
        return actor;
    }
}
