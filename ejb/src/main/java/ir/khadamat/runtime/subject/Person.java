package ir.khadamat.runtime.subject;

import ir.khadamat.persian.MobileNumber;
import ir.khadamat.persian.NationalCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A person (شخص) the services met — an applicant, a visitor, a prisoner — by national code (checked by its digit
 * before it gets here), with the latest name and mobile the services were given. National: one row per person.
 */
@Entity
@Table(name = "person")
@NamedQuery(name = "Person.byNationalCode", query = "SELECT p FROM Person p WHERE p.nationalCode = :code")
public class Person {

    @Id
    @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
    private Long id;

    @Column(name = "national_code", nullable = false, unique = true, length = 10, updatable = false)
    private NationalCode nationalCode;

    @Column(name = "full_name", length = 200)
    private String fullName;

    @Column(length = 20)
    private MobileNumber mobile;

    protected Person() {
    }

    public Person(NationalCode nationalCode) {
        this.nationalCode = nationalCode;
    }

    void update(String fullName, MobileNumber mobile) {
        if (fullName != null && !fullName.isBlank()) {
            this.fullName = fullName;
        }
        if (mobile != null) {
            this.mobile = mobile;
        }
    }

    public NationalCode getNationalCode() {
        return nationalCode;
    }

    public String getFullName() {
        return fullName;
    }

    public MobileNumber getMobile() {
        return mobile;
    }
}
