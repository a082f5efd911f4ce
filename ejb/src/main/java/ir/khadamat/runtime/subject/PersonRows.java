package ir.khadamat.runtime.subject;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Inserts a person's row in a transaction of its own, so that two requests meeting the same new national code at
 * the same moment cannot fail each other's case: the one that loses the race on {@code person_national_code_uk}
 * sees its own small transaction fail, and reads the winner's row ({@link SubjectRegistry#remember}).
 */
@Stateless
@PermitAll
public class PersonRows {

    @PersistenceContext
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void insert(String nationalCode) {
        em.persist(new Person(nationalCode));
        em.flush();
    }
}
