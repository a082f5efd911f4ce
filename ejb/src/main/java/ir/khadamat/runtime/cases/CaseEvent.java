package ir.khadamat.runtime.cases;

import ir.khadamat.tenancy.TenantScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.AdditionalCriteria;

import java.time.Instant;

/** One entry of a case's history (رویداد پرونده): who did what at which step, when. Never changed. */
@Entity
@Table(name = "case_event")
@AdditionalCriteria(TenantScope.STRICT_CRITERIA)
@NamedQuery(name = "CaseEvent.forCase", query = "SELECT e FROM CaseEvent e WHERE e.caseId = :caseId ORDER BY e.occurredAt, e.id")
public class CaseEvent {

    @Id
    @SequenceGenerator(name = "case_event_seq", sequenceName = "case_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_event_seq")
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "province_code", nullable = false, length = 50, updatable = false)
    private String provinceCode;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 100, updatable = false)
    private String actor;

    @Column(name = "step_id", length = 60, updatable = false)
    private String stepId;

    @Column(nullable = false, length = 40, updatable = false)
    private String action;

    @Column(length = 20000, updatable = false)
    private String details;

    protected CaseEvent() {
    }

    public CaseEvent(ServiceCase c, String actor, String stepId, String action, String details) {
        this.caseId = c.getId();
        this.provinceCode = c.getProvinceCode();
        this.occurredAt = Instant.now();
        this.actor = actor;
        this.stepId = stepId;
        this.action = action;
        this.details = details;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getStepId() {
        return stepId;
    }

    public String getAction() {
        return action;
    }

    public String getDetails() {
        return details;
    }

    public String getProvinceCode() {
        return provinceCode;
    }
}
