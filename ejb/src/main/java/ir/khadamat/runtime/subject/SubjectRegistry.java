package ir.khadamat.runtime.subject;

import ir.khadamat.persian.MobileNumber;
import ir.khadamat.persian.NationalCode;
import ir.khadamat.tenancy.TenantFilter;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

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
    public Person remember(NationalCode code, String fullName, MobileNumber mobile) {
        // check-then-insert: two requests meeting the same new national code at once both insert; the loser's
        // transaction fails on person_national_code_uk and the REST layer runs it again in a new transaction
        // (DataProblemMappers.retryingConflicts), which then finds the winner's row
        Person person = person(code).orElseGet(() -> newPerson(code));
        person.update(fullName, mobile);
        return person;
    }

    /**
     * A person named by an unverified claim (the public pages prove a mobile, not who one is): recorded by national
     * code if new, with nothing else; a person already known is left exactly as stored.
     */
    public Person claimed(NationalCode code) {
        return person(code).orElseGet(() -> newPerson(code));
    }

    private Person newPerson(NationalCode code) {
        Person p = new Person(code);
        em.persist(p);
        return p;
    }

    /** The person of the national code. */
    public Optional<Person> person(NationalCode code) {
        return em.createNamedQuery("Person.byNationalCode", Person.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    /**
     * Admits a prisoner under a national code as a step typed it (any spelling).
     *
     * @throws IllegalArgumentException when the text is no national code (the step's form checked it before)
     */
    public Prisoner admit(String number, String nationalCode, String fullName, String provinceCode, String unitCode, String ward) {
        NationalCode code = NationalCode.parse(nationalCode)
                .orElseThrow(() -> new IllegalArgumentException("Not a national code: " + nationalCode));
        remember(code, fullName, null);
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
