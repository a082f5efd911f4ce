package ir.khadamat.tenancy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Interceptor of every service that reads or writes a province's data: before the business method runs it
 * scopes the transaction's EntityManager to the caller ({@link TenantScope}). Methods marked {@link SystemTask}
 * run with the system's national scope.
 */
public class TenantFilter {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Callers callers;

    @Resource
    private SessionContext context;

    @AroundInvoke
    public Object scope(InvocationContext invocation) throws Exception {
        Caller caller = invocation.getMethod().isAnnotationPresent(SystemTask.class)
                ? Caller.SYSTEM : callers.current();
        TenantScope.apply(em, caller);
        return invocation.proceed();
    }
}
