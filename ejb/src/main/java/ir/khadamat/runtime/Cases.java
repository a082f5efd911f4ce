package ir.khadamat.runtime;

import ir.khadamat.persian.MobileNumber;
import ir.khadamat.runtime.cases.CaseNotFound;
import ir.khadamat.runtime.cases.ServiceCase;
import ir.khadamat.runtime.cases.TrackingCode;
import ir.khadamat.tenancy.Roles;
import ir.khadamat.tenancy.TenantFilter;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/**
 * Cases found, for the runtime's services: by tracking code in the caller's tenant scope (another province's case is
 * not found, exactly as a code of no case), and the applicant's own case, by the mobile it was started with. For a
 * {@link CaseCaller} it also says whether staff's role lets them act on or read cases, refusing as
 * {@code @RolesAllowed} does ({@link EJBAccessException}: 401 unsigned, 403 otherwise).
 */
@Stateless
@PermitAll
@DeclareRoles({Roles.REVIEWER, Roles.HQ_ADMIN, Roles.PROVINCE_ADMIN, Roles.PROVINCE_STAFF, Roles.SYSTEM_ADMIN})
@Interceptors(TenantFilter.class)
public class Cases {

    /** The roles that act on cases: provincial staff and admins. */
    private static final List<String> ACTING = List.of(Roles.PROVINCE_STAFF, Roles.PROVINCE_ADMIN);

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    /** The case a caller acts on: provincial staff's of their province; an applicant's own. */
    public ServiceCase toAct(CaseCaller who, TrackingCode trackingCode) {
        return caseOf(who, trackingCode, ACTING);
    }

    /** The case a caller reads: any signed-in role's among the cases its scope sees; an applicant's own. */
    public ServiceCase toRead(CaseCaller who, TrackingCode trackingCode) {
        return caseOf(who, trackingCode, Roles.ALL);
    }

    /** Refuses staff whose role acts on no case; an applicant acts on their own case only, which is asked elsewhere. */
    public void mayAct(CaseCaller who) {
        allow(who, ACTING);
    }

    /** Refuses staff whose role reads no case; an applicant reads their own case only, which is asked elsewhere. */
    public void mayRead(CaseCaller who) {
        allow(who, Roles.ALL);
    }

    private ServiceCase caseOf(CaseCaller who, TrackingCode trackingCode, List<String> staffRoles) {
        allow(who, staffRoles);
        return who instanceof CaseCaller.Applicant applicant ? applicantCase(trackingCode, applicant.mobile())
                : byTrackingCode(trackingCode);
    }

    private void allow(CaseCaller who, List<String> staffRoles) {
        if (who instanceof CaseCaller.Applicant) {
            return;
        }
        if (!(who instanceof CaseCaller.Staff) || staffRoles.stream().noneMatch(context::isCallerInRole)) {
            throw new RoleRefused();
        }
    }

    /**
     * The case of a tracking code, if the caller sees it.
     *
     * @throws CaseNotFound for a code of no case, or of a case the caller does not see
     */
    public ServiceCase byTrackingCode(TrackingCode trackingCode) {
        return em.createNamedQuery("ServiceCase.byTrackingCode", ServiceCase.class).setParameter("code", trackingCode)
                .getResultStream().findFirst().orElseThrow(() -> new CaseNotFound(trackingCode));
    }

    /** The case of a tracking code, if there is one the caller sees. */
    public Optional<ServiceCase> find(TrackingCode trackingCode) {
        try {
            return Optional.of(byTrackingCode(trackingCode));
        } catch (CaseNotFound e) {
            return Optional.empty();
        }
    }

    /** The applicant's own case: the case of that tracking code started with that mobile; any other is not found. */
    public ServiceCase applicantCase(TrackingCode trackingCode, MobileNumber mobile) {
        ServiceCase c = byTrackingCode(trackingCode);
        if (mobile == null || !mobile.equals(c.getApplicantMobile())) {
            throw new CaseNotFound(trackingCode);
        }
        return c;
    }

    /**
     * The caller's role does not allow the call: refused as {@code @RolesAllowed} refuses it (401 unsigned, 403
     * otherwise), and passed to the caller as it is — an application exception, so an EJB that called this one does
     * not wrap it into a rolled-back transaction's server error.
     */
    @ApplicationException(rollback = true)
    public static class RoleRefused extends EJBAccessException {
        public RoleRefused() {
            super("The caller's role does not allow this");
        }
    }
}
