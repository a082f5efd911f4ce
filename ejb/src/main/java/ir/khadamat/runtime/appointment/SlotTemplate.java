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

/** A weekly slot of a unit for one visit type (e.g. in-person visits, Saturdays 09:00, 60 minutes, 12 seats). */
@Entity
@Table(name = "slot_template")
@AdditionalCriteria(TenantScope.STRICT_CRITERIA)
@NamedQuery(name = "SlotTemplate.of", query = "SELECT t FROM SlotTemplate t WHERE t.unitCode = :unit AND t.visitType = :type")
public class SlotTemplate {

    @Id
    @SequenceGenerator(name = "slot_template_seq", sequenceName = "slot_template_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "slot_template_seq")
    private Long id;

    @Column(name = "province_code", nullable = false, length = 50)
    private String provinceCode;

    @Column(name = "unit_code", nullable = false, length = 100)
    private String unitCode;

    @Column(name = "visit_type", nullable = false, length = 30)
    private String visitType;

    /** ISO day of week, 1 = Monday … 6 = Saturday, 7 = Sunday. */
    @Column(name = "day_of_week", nullable = false)
    private int dayOfWeek;

    @Column(name = "start_time", nullable = false, length = 5)
    private String startTime;

    @Column(nullable = false)
    private int minutes;

    @Column(nullable = false)
    private int capacity;

    protected SlotTemplate() {
    }

    public SlotTemplate(String provinceCode, String unitCode, String visitType, int dayOfWeek, String startTime, int minutes,
                        int capacity) {
        this.provinceCode = provinceCode;
        this.unitCode = unitCode;
        this.visitType = visitType;
        this.dayOfWeek = dayOfWeek;
        this.startTime = startTime;
        this.minutes = minutes;
        this.capacity = capacity;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public String getVisitType() {
        return visitType;
    }

    public int getDayOfWeek() {
        return dayOfWeek;
    }

    public String getStartTime() {
        return startTime;
    }

    public int getMinutes() {
        return minutes;
    }

    public int getCapacity() {
        return capacity;
    }
}
