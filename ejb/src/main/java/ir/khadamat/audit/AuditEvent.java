package ir.khadamat.audit;

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

/**
 * One entry of the audit trail (رویداد ممیزی). Never updated or deleted. It belongs to the province of the data it
 * is about ({@code provinceCode}; {@code null} for national data) and is isolated like that data.
 */
@Entity
@AdditionalCriteria(TenantScope.CRITERIA)
@Table(name = "audit_event")
@NamedQuery(name = "AuditEvent.forSubject",
        query = "SELECT e FROM AuditEvent e WHERE e.subjectType = :type AND e.subjectId = :id ORDER BY e.occurredAt, e.id")
public class AuditEvent {

    @Id
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 200)
    private String actor;

    @Column(name = "province_code", updatable = false, length = 50)
    private String provinceCode;

    @Column(name = "subject_type", nullable = false, updatable = false, length = 50)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false, length = 100)
    private String subjectId;

    @Column(nullable = false, updatable = false, length = 50)
    private String action;

    @Column(updatable = false, length = 100000)
    private String details;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String actor, String provinceCode, String subjectType, String subjectId,
               String action, String details) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.provinceCode = provinceCode;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.action = action;
        this.details = details;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public String getAction() {
        return action;
    }

    public String getDetails() {
        return details;
    }
}
