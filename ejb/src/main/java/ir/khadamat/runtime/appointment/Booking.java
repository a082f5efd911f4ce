package ir.khadamat.runtime.appointment;

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

import java.time.Instant;

/**
 * One seat of one slot, booked by a case: held while the applicant finishes (until {@code heldUntil}), then
 * confirmed; a hold left to expire frees the seat. The database's unique (unit, type, start, seat) makes double
 * booking impossible, whatever runs at the same time.
 */
@Entity
@Table(name = "booking")
@AdditionalCriteria(TenantScope.STRICT_CRITERIA)
@NamedQuery(name = "Booking.taken", query = "SELECT b.seat FROM Booking b WHERE b.unitCode = :unit AND b.visitType = :type"
        + " AND b.startsAt = :start AND (b.status = :confirmed OR b.heldUntil > :now)")
@NamedQuery(name = "Booking.takenBetween", query = "SELECT b.startsAt, COUNT(b) FROM Booking b WHERE b.unitCode = :unit"
        + " AND b.visitType = :type AND b.startsAt >= :from AND b.startsAt < :to AND (b.status = :confirmed OR b.heldUntil > :now)"
        + " GROUP BY b.startsAt")
@NamedQuery(name = "Booking.forCase", query = "SELECT b FROM Booking b WHERE b.caseId = :caseId ORDER BY b.id DESC")
public class Booking {

    public enum Status { HELD, CONFIRMED, RELEASED }

    @Id
    @SequenceGenerator(name = "booking_seq", sequenceName = "booking_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "booking_seq")
    private Long id;

    @Column(name = "province_code", nullable = false, length = 50)
    private String provinceCode;

    @Column(name = "unit_code", nullable = false, length = 100)
    private String unitCode;

    @Column(name = "visit_type", nullable = false, length = 30)
    private String visitType;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(nullable = false)
    private int seat;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @jakarta.persistence.Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "held_until")
    private Instant heldUntil;

    protected Booking() {
    }

    public Booking(String provinceCode, String unitCode, String visitType, Instant startsAt, int seat, Long caseId,
                   Instant heldUntil) {
        this.provinceCode = provinceCode;
        this.unitCode = unitCode;
        this.visitType = visitType;
        this.startsAt = startsAt;
        this.seat = seat;
        this.caseId = caseId;
        this.status = Status.HELD;
        this.heldUntil = heldUntil;
    }

    void confirm() {
        this.status = Status.CONFIRMED;
        this.heldUntil = null;
    }

    void release() {
        this.status = Status.RELEASED;
        this.heldUntil = null;
    }

    public Long getId() {
        return id;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public String getVisitType() {
        return visitType;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public int getSeat() {
        return seat;
    }

    public Long getCaseId() {
        return caseId;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getHeldUntil() {
        return heldUntil;
    }
}
