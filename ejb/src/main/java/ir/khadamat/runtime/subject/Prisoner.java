package ir.khadamat.runtime.subject;

import ir.khadamat.persian.NationalCode;
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
 * A prisoner's record (پرونده زندانی): made by admission, moved by a transfer (also to another province, which
 * then holds it), closed by release.
 */
@Entity
@Table(name = "prisoner")
@AdditionalCriteria(TenantScope.STRICT_CRITERIA)
@NamedQuery(name = "Prisoner.byNumber", query = "SELECT p FROM Prisoner p WHERE p.prisonerNumber = :number")
public class Prisoner {

    public enum Status { HELD, RELEASED }

    @Id
    @SequenceGenerator(name = "prisoner_seq", sequenceName = "prisoner_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "prisoner_seq")
    private Long id;

    @Column(name = "prisoner_number", nullable = false, unique = true, length = 30, updatable = false)
    private String prisonerNumber;

    @Column(name = "national_code", nullable = false, length = 10, updatable = false)
    private NationalCode nationalCode;

    @Column(name = "full_name", length = 200)
    private String fullName;

    @Column(name = "province_code", nullable = false, length = 50)
    private String provinceCode;

    @Column(name = "unit_code", length = 100)
    private String unitCode;

    @Column(length = 100)
    private String ward;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "admitted_at", nullable = false, updatable = false)
    private Instant admittedAt;

    @Column(name = "released_at")
    private Instant releasedAt;

    @Version
    private long version;

    protected Prisoner() {
    }

    public Prisoner(String prisonerNumber, NationalCode nationalCode, String fullName, String provinceCode, String unitCode, String ward) {
        this.prisonerNumber = prisonerNumber;
        this.nationalCode = nationalCode;
        this.fullName = fullName;
        this.provinceCode = provinceCode;
        this.unitCode = unitCode;
        this.ward = ward;
        this.status = Status.HELD;
        this.admittedAt = Instant.now();
    }

    void moveTo(String provinceCode, String unitCode, String ward) {
        this.provinceCode = provinceCode;
        this.unitCode = unitCode;
        this.ward = ward;
    }

    void release() {
        this.status = Status.RELEASED;
        this.releasedAt = Instant.now();
    }

    public String getPrisonerNumber() {
        return prisonerNumber;
    }

    public NationalCode getNationalCode() {
        return nationalCode;
    }

    public String getFullName() {
        return fullName;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public String getWard() {
        return ward;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getAdmittedAt() {
        return admittedAt;
    }

    public Instant getReleasedAt() {
        return releasedAt;
    }
}
