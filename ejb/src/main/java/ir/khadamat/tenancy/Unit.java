package ir.khadamat.tenancy;

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
import org.eclipse.persistence.annotations.AdditionalCriteria;

/** A unit of a province (واحد): a prison or an office, where services are delivered. */
@Entity
@Table(name = "unit")
@AdditionalCriteria(TenantScope.STRICT_CRITERIA)
@NamedQuery(name = "Unit.all", query = "SELECT u FROM Unit u ORDER BY u.provinceCode, u.persianName")
@NamedQuery(name = "Unit.byCode", query = "SELECT u FROM Unit u WHERE u.code = :code")
public class Unit {

    /** What kind of unit. */
    public enum Kind {
        /** زندان */
        PRISON,
        /** اداره / دفتر */
        OFFICE
    }

    @Id
    @SequenceGenerator(name = "unit_seq", sequenceName = "unit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 100, updatable = false)
    private String code;

    @Column(name = "province_code", nullable = false, length = 50, updatable = false)
    private String provinceCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Kind kind;

    @Column(name = "persian_name", nullable = false, length = 300)
    private String persianName;

    @Column(name = "english_name", length = 300)
    private String englishName;

    protected Unit() {
    }

    public Unit(String code, String provinceCode, Kind kind, String persianName, String englishName) {
        this.code = code;
        this.provinceCode = provinceCode;
        this.kind = kind;
        this.persianName = persianName;
        this.englishName = englishName;
    }

    public String getCode() {
        return code;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public Kind getKind() {
        return kind;
    }

    public String getPersianName() {
        return persianName;
    }

    public String getEnglishName() {
        return englishName;
    }
}
