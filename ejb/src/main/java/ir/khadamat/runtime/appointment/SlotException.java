package ir.khadamat.runtime.appointment;

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

import java.time.LocalDate;

/** A day a unit (or, with no unit, the whole province) is closed: a holiday or an exception to the weekly slots. */
@Entity
@Table(name = "slot_exception")
@AdditionalCriteria(TenantScope.STRICT_CRITERIA)
@NamedQuery(name = "SlotException.closed", query = "SELECT e.day FROM SlotException e"
        + " WHERE (e.unitCode IS NULL OR e.unitCode = :unit) AND e.day BETWEEN :from AND :to")
public class SlotException {

    @Id
    @SequenceGenerator(name = "slot_exception_seq", sequenceName = "slot_exception_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "slot_exception_seq")
    private Long id;

    @Column(name = "province_code", nullable = false, length = 50)
    private String provinceCode;

    @Column(name = "unit_code", length = 100)
    private String unitCode;

    @Column(name = "closed_on", nullable = false)
    private LocalDate day;

    @Column(nullable = false)
    private boolean closed;

    @Column(length = 300)
    private String note;

    protected SlotException() {
    }

    public SlotException(String provinceCode, String unitCode, LocalDate day, String note) {
        this.provinceCode = provinceCode;
        this.unitCode = unitCode;
        this.day = day;
        this.closed = true;
        this.note = note;
    }
}
