package ir.khadamat.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A province (استان): one tenant of the platform. */
@Entity
@Table(name = "province")
@NamedQuery(name = "Province.all", query = "SELECT p FROM Province p ORDER BY p.persianName")
@NamedQuery(name = "Province.byCode", query = "SELECT p FROM Province p WHERE p.code = :code")
public class Province {

    @Id
    @SequenceGenerator(name = "province_seq", sequenceName = "province_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "province_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 50)
    private String code;

    @Column(name = "persian_name", nullable = false)
    private String persianName;

    @Column(name = "english_name", nullable = false)
    private String englishName;

    protected Province() {
    }

    public Province(String code, String persianName, String englishName) {
        this.code = code;
        this.persianName = persianName;
        this.englishName = englishName;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getPersianName() {
        return persianName;
    }

    public String getEnglishName() {
        return englishName;
    }

    public void rename(String persianName, String englishName) {
        this.persianName = persianName;
        this.englishName = englishName;
    }
}
