package ir.khadamat.runtime.output;

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
 * A document a case issued (سند صادره): a certificate, a letter, a visit card — its PDF and the verification code
 * printed on it, which anyone can check on the public page.
 */
@Entity
@Table(name = "issued_document")
@AdditionalCriteria(TenantScope.STRICT_CRITERIA)
@NamedQuery(name = "IssuedDocument.forCase", query = "SELECT d FROM IssuedDocument d WHERE d.caseId = :caseId ORDER BY d.issuedAt, d.id")
@NamedQuery(name = "IssuedDocument.byCode", query = "SELECT d FROM IssuedDocument d WHERE d.verificationCode = :code")
public class IssuedDocument {

    @Id
    @SequenceGenerator(name = "issued_document_seq", sequenceName = "issued_document_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "issued_document_seq")
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "province_code", nullable = false, length = 50, updatable = false)
    private String provinceCode;

    @Column(nullable = false, length = 60, updatable = false)
    private String kind;

    @Column(nullable = false, length = 500, updatable = false)
    private String title;

    @Column(name = "verification_code", nullable = false, unique = true, length = 40, updatable = false)
    private String verificationCode;

    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    protected IssuedDocument() {
    }

    public IssuedDocument(Long caseId, String provinceCode, String kind, String title, String verificationCode, byte[] content) {
        this.caseId = caseId;
        this.provinceCode = provinceCode;
        this.kind = kind;
        this.title = title;
        this.verificationCode = verificationCode;
        this.content = content;
        this.issuedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getVerificationCode() {
        return verificationCode;
    }

    public byte[] getContent() {
        return content;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public String getProvinceCode() {
        return provinceCode;
    }
}
