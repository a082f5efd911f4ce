package ir.khadamat.tenancy;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** The provinces (tenants) of the platform. */
@PermitAll
@Stateless
public class ProvinceRegistry {

    @PersistenceContext
    private EntityManager em;

    public List<Province> all() {
        return em.createNamedQuery("Province.all", Province.class).getResultList();
    }

    public Optional<Province> byCode(String code) {
        return em.createNamedQuery("Province.byCode", Province.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    /** Adds the province unless one with its code is there already. */
    public Province register(String code, String persianName, String englishName) {
        return byCode(code).orElseGet(() -> {
            Province province = new Province(code, persianName, englishName);
            em.persist(province);
            return province;
        });
    }
}
