package ir.khadamat.runtime;

import ir.khadamat.runtime.cases.CaseNotFound;
import ir.khadamat.runtime.cases.ServiceCase;
import ir.khadamat.runtime.cases.TrackingCode;
import ir.khadamat.tenancy.TenantFilter;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/**
 * Cases found, for the runtime's services: by tracking code in the caller's tenant scope (another province's case is
 * not found, exactly as a code of no case), and the applicant's own case, by the mobile it was started with.
 */
@Stateless
@PermitAll
@Interceptors(TenantFilter.class)
public class Cases {

    @PersistenceContext
    private EntityManager em;

    /**
     * The case of a tracking code, if the caller sees it.
     *
     * @throws CaseNotFound for a code that is not well formed, of no case, or of a case the caller does not see
     */
    public ServiceCase byTrackingCode(String trackingCode) {
        if (!TrackingCode.isValid(trackingCode)) {
            throw new CaseNotFound(trackingCode);
        }
        return em.createNamedQuery("ServiceCase.byTrackingCode", ServiceCase.class).setParameter("code", trackingCode)
                .getResultStream().findFirst().orElseThrow(() -> new CaseNotFound(trackingCode));
    }

    /** The case of a tracking code, if there is one the caller sees. */
    public Optional<ServiceCase> find(String trackingCode) {
        try {
            return Optional.of(byTrackingCode(trackingCode));
        } catch (CaseNotFound e) {
            return Optional.empty();
        }
    }

    /** The applicant's own case: the case of that tracking code started with that mobile; any other is not found. */
    public ServiceCase applicantCase(String trackingCode, String mobile) {
        ServiceCase c = byTrackingCode(trackingCode);
        if (mobile == null || !mobile.equals(c.getApplicantMobile())) {
            throw new CaseNotFound(trackingCode);
        }
        return c;
    }

    /** A tracking code for a new case: one no case of any province has. */
    public String newTrackingCode() {
        return TrackingCode.nextUnused(code -> ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM service_case WHERE tracking_code = ?1").setParameter(1, code).getSingleResult())
                .longValue() > 0);
    }
}
