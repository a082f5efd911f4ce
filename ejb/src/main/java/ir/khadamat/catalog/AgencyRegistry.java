package ir.khadamat.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The registry of executive agencies that cards name (دستگاه‌های اجرایی). */
@PermitAll
@Stateless
public class AgencyRegistry {

    @PersistenceContext
    private EntityManager em;

    public List<Agency> all() {
        return em.createNamedQuery("Agency.all", Agency.class).getResultList();
    }

    public Optional<Agency> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return em.createNamedQuery("Agency.byCode", Agency.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    /** Code → agency, for showing the names of the agencies a card refers to. */
    public Map<String, Agency> byCodes() {
        Map<String, Agency> agencies = new LinkedHashMap<>();
        all().forEach(a -> agencies.put(a.getCode(), a));
        return agencies;
    }

    /** Adds the agency unless one with its code is there already; returns the registered one. */
    public Agency register(String code, String persianName, String englishName, String parentCode) {
        return byCode(code).orElseGet(() -> {
            Agency agency = new Agency(code, persianName, englishName, byCode(parentCode).orElse(null));
            em.persist(agency);
            return agency;
        });
    }
}
