package ir.khadamat.tenancy;

/**
 * An argument that makes the call it is passed to run in the system's national scope, as {@link SystemTask} makes a
 * whole method: one standing for a member of the public acting on their own case, who has no province to be scoped to
 * (the service that takes it checks that the case is theirs). {@link TenantFilter} looks at the arguments of every
 * call it scopes.
 */
public interface SystemScoped {

    /** Whether the call runs in the system's scope. */
    boolean systemScoped();
}
