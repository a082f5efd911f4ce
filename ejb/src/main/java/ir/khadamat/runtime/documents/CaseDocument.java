package ir.khadamat.runtime.documents;

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

/** A document uploaded to a case at one step (مدرک پرونده), kept with its SHA-256. */
@Entity
@Table(name = "case_document")
@AdditionalCriteria(TenantScope.STRICT_CRITERIA)
@NamedQuery(name = "CaseDocument.forCase", query = "SELECT d FROM CaseDocument d WHERE d.caseId = :caseId ORDER BY d.uploadedAt, d.id")
@NamedQuery(name = "CaseDocument.count", query = "SELECT COUNT(d) FROM CaseDocument d WHERE d.caseId = :caseId"
        + " AND d.stepId = :step AND d.name = :name")
public class CaseDocument {

    @Id
    @SequenceGenerator(name = "case_document_seq", sequenceName = "case_document_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_document_seq")
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "province_code", nullable = false, length = 50)
    private String provinceCode;

    @Column(name = "step_id", nullable = false, length = 60, updatable = false)
    private String stepId;

    @Column(nullable = false, length = 500, updatable = false)
    private String name;

    @Column(name = "file_name", nullable = false, length = 300, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100, updatable = false)
    private String contentType;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false, length = 100, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected CaseDocument() {
    }

    public CaseDocument(Long caseId, String provinceCode, String stepId, String name, String fileName, String contentType,
                        String sha256, byte[] content, String uploadedBy) {
        this.caseId = caseId;
        this.provinceCode = provinceCode;
        this.stepId = stepId;
        this.name = name;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sha256 = sha256;
        this.content = content;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getStepId() {
        return stepId;
    }

    public String getName() {
        return name;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getContent() {
        return content;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public Long getCaseId() {
        return caseId;
    }
}
