package ir.khadamat.tenancy;

import jakarta.persistence.EntityManager;

import java.util.Map;
import java.util.Objects;

/**
 * Tenant isolation in the persistence layer. Every entity that belongs to a province carries an EclipseLink
 * {@code @AdditionalCriteria} over its {@code provinceCode} (see {@link #CRITERIA} and {@link #STRICT_CRITERIA}):
 * EclipseLink adds it to every JPQL query, find and relationship read of that entity, with the two parameters
 * set here on the EntityManager of the transaction. The persistence unit's defaults (persistence.xml) stand for
 * nobody: an EntityManager that was never scoped sees national data only.
 */
public final class TenantScope {

    /** The caller's province code, or {@link #NO_PROVINCE}. */
    public static final String PROVINCE = "tenantProvince";
    /** {@code Y} when the caller sees every province (national roles, the system). */
    public static final String ALL = "tenantAll";
    public static final String NO_PROVINCE = "-";

    /** National rows (no province) are everybody's to read; a province's rows only its own and national users'. */
    public static final String CRITERIA =
            "this.provinceCode IS NULL OR this.provinceCode = :tenantProvince OR :tenantAll = 'Y'";
    /** For data that only exists inside a province, or whose national rows are national users' own (users). */
    public static final String STRICT_CRITERIA = "this.provinceCode = :tenantProvince OR :tenantAll = 'Y'";

    private TenantScope() {
    }

    /** Scopes the transaction's EntityManager to what the caller may see; called before it runs any query. */
    public static void apply(EntityManager em, Caller caller) {
        String province = caller.provinceCode() == null ? NO_PROVINCE : caller.provinceCode();
        String all = caller.isNational() ? "Y" : "N";
        Map<String, Object> now = em.getProperties(); // a copy, merged with the unit's: read once
        if (!Objects.equals(now.get(PROVINCE), province)) {
            em.setProperty(PROVINCE, province);
        }
        if (!Objects.equals(now.get(ALL), all)) {
            em.setProperty(ALL, all);
        }
    }
}
