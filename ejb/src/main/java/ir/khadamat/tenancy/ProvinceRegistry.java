package ir.khadamat.tenancy;

import ir.khadamat.persian.AlphabeticalOrder;
import ir.khadamat.persian.Iran;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** The provinces (tenants) of the platform. */
@PermitAll
@Stateless
public class ProvinceRegistry {

    @PersistenceContext
    private EntityManager em;

    /** Every province, in the alphabetical order of its name in the reader's language (English or Persian). */
    public List<Province> all(Locale language) {
        Function<Province, String> name = Iran.english(language) ? Province::getEnglishName : Province::getPersianName;
        return em.createNamedQuery("Province.all", Province.class).getResultStream()
                .sorted(AlphabeticalOrder.by(name, language)).toList();
    }

    /** Every province, in Persian alphabetical order. */
    public List<Province> all() {
        return all(Iran.PERSIAN);
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
