package ir.khadamat.runtime.subject;

import ir.khadamat.persian.NationalCode;
import ir.khadamat.tenancy.TenantFilter;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Objects;
import java.util.Optional;

/**
 * The subjects of cases: prisoners' records, kept by the province that holds each prisoner. Reads go through the
 * caller's tenant scope; the moves the runtime makes (admission, transfer, release) run inside a case's step.
 */
@Stateless
@PermitAll
@Interceptors(TenantFilter.class)
public class SubjectRegistry {

    @PersistenceContext
    private EntityManager em;

    /** A prisoner held in (or released from) a prison the caller's province keeps; other provinces' are not found. */
    public Optional<Prisoner> prisoner(String number) {
        return number == null ? Optional.empty() : em.createNamedQuery("Prisoner.byNumber", Prisoner.class)
                .setParameter("number", number.strip()).getResultStream().findFirst();
    }

    /** Whether the number is taken in any province (prisoner numbers are national). */
    public boolean numberTaken(String number) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM prisoner WHERE prisoner_number = ?1")
                .setParameter(1, number).getSingleResult()).longValue() > 0;
    }

    /** Records (or updates) a person met by a service, by national code. */
    public Person remember(String nationalCode, String fullName, String mobile) {
        String code = NationalCode.normalise(nationalCode);
        if (code == null) {
            throw new IllegalArgumentException("Not a national code: " + nationalCode);
        }
        // check-then-insert: two requests meeting the same new national code at once both insert; the loser's
        // transaction fails on person_national_code_uk and the REST layer runs it again in a new transaction
        // (DataProblemMappers.retryingConflicts), which then finds the winner's row
        Optional<Person> found = person(code);
        if (found.isEmpty()) {
            Person p = new Person(code);
            em.persist(p);
            found = Optional.of(p);
        }
        Person person = found.orElseThrow(() -> new IllegalStateException("person row not found after insert"));
        person.update(fullName, mobile);
        return person;
    }

    /**
     * A person named by an unverified claim (the public pages prove a mobile, not who one is): recorded by national
     * code if new, with nothing else; a person already known is left exactly as stored.
     */
    public Person claimed(String nationalCode) {
        String code = NationalCode.normalise(nationalCode);
        if (code == null) {
            throw new IllegalArgumentException("Not a national code: " + nationalCode);
        }
        return person(code).orElseGet(() -> {
            Person p = new Person(code);
            em.persist(p);
            return p;
        });
    }

    /** The person of the national code, in any of its spellings. */
    public Optional<Person> person(String nationalCode) {
        return em.createNamedQuery("Person.byNationalCode", Person.class)
                .setParameter("code", Objects.requireNonNullElse(NationalCode.normalise(nationalCode), nationalCode))
                .getResultStream().findFirst();
    }

    public Prisoner admit(String number, String nationalCode, String fullName, String provinceCode, String unitCode, String ward) {
        String code = remember(nationalCode, fullName, null).getNationalCode();
        Prisoner p = new Prisoner(number, code, fullName, provinceCode, unitCode, ward);
        em.persist(p);
        return p;
    }

    public void transfer(Prisoner p, String provinceCode, String unitCode, String ward) {
        p.moveTo(provinceCode, unitCode, ward);
    }

    public void release(Prisoner p) {
        p.release();
    }
}
