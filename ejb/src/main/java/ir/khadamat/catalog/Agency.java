package ir.khadamat.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * An executive agency (دستگاه اجرایی) of the registry: the agency that provides a service, its parent
 * agency (دستگاه مادر), or another agency a card exchanges data with (§8). Cards refer to agencies by code.
 */
@Entity
@Table(name = "agency")
@NamedQuery(name = "Agency.all", query = "SELECT a FROM Agency a ORDER BY a.persianName")
@NamedQuery(name = "Agency.byCode", query = "SELECT a FROM Agency a WHERE a.code = :code")
public class Agency {

    @Id
    @SequenceGenerator(name = "agency_seq", sequenceName = "agency_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agency_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String code;

    @Column(name = "persian_name", nullable = false, length = 500)
    private String persianName;

    @Column(name = "english_name", length = 500)
    private String englishName;

    @ManyToOne
    @JoinColumn(name = "parent_id")
    private Agency parent;

    protected Agency() {
    }

    public Agency(String code, String persianName, String englishName, Agency parent) {
        this.code = code;
        this.persianName = persianName;
        this.englishName = englishName;
        this.parent = parent;
    }

    /** Takes the names and parent another installation's registry gives it (a catalogue bundle). */
    void takeFrom(String persianName, String englishName, Agency parent) {
        this.persianName = persianName;
        this.englishName = englishName;
        this.parent = parent;
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

    public Agency getParent() {
        return parent;
    }
}
