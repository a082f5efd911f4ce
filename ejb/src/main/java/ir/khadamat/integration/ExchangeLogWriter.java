package ir.khadamat.integration;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Writes exchange log entries in a transaction of their own: an attempt stays logged even if its case rolls back. */
@Stateless
@PermitAll
public class ExchangeLogWriter {

    @PersistenceContext
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void write(ExchangeLog entry) {
        em.persist(entry);
    }
}
