package ir.khadamat.tenancy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Interceptor of every service that reads or writes a province's data: before the business method runs it
 * scopes the transaction's EntityManager to the caller ({@link TenantScope}). The first service a transaction
 * enters decides the scope for the whole transaction, so services it calls see the same data; a method marked
 * {@link SystemTask}, or called with a {@link SystemScoped} argument that says so, runs, with what it calls, in the
 * system's national scope.
 */
public class TenantFilter {

    private static final String SCOPE = TenantFilter.class.getName();

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Callers callers;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    @AroundInvoke
    public Object scope(InvocationContext invocation) throws Exception {
        boolean inTransaction = transaction.getTransactionKey() != null;
        Caller scoped = inTransaction ? (Caller) transaction.getResource(SCOPE) : null;
        Caller caller;
        if (invocation.getMethod().isAnnotationPresent(SystemTask.class) || systemScoped(invocation.getParameters())) {
            caller = Caller.SYSTEM;
        } else if (scoped != null) {
            caller = scoped;
        } else {
            caller = callers.current();
        }
        if (caller != scoped) { // a service called inside the transaction's scope finds its EntityManager scoped
            if (inTransaction) {
                transaction.putResource(SCOPE, caller);
            }
            TenantScope.apply(em, caller);
        }
        return invocation.proceed();
    }

    private static boolean systemScoped(Object[] arguments) {
        for (Object argument : arguments) {
            if (argument instanceof SystemScoped s && s.systemScoped()) {
                return true;
            }
        }
        return false;
    }
}
