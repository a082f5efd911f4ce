package ir.khadamat.integration;

import ir.khadamat.tenancy.TenantFilter;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Calls a partner through its adapter and logs the exchange in a transaction of its own, so the log keeps every
 * attempt, the failed ones too, whatever happens to the case's transaction.
 */
@Stateless
@PermitAll
@Interceptors(TenantFilter.class)
public class Partners {

    @Inject
    private PartnerSimulator simulator;

    @PersistenceContext
    private EntityManager em;

    @jakarta.ejb.EJB
    private ExchangeLogWriter writer;

    /** One exchange, logged. */
    public Map<String, String> call(Long caseId, String provinceCode, String actor, String partner, String operation,
                                    Map<String, String> request) throws PartnerUnavailable {
        Instant start = Instant.now();
        try {
            Map<String, String> answer = simulator.call(partner, operation, request);
            log(caseId, provinceCode, actor, partner, operation, request, json(answer), "OK", start);
            return answer;
        } catch (PartnerUnavailable e) {
            log(caseId, provinceCode, actor, partner, operation, request, e.getMessage(), "FAILED", start);
            throw e;
        }
    }

    /** The exchanges of a case, oldest first (tenant-isolated like the case). */
    public List<ExchangeLog> forCase(Long caseId) {
        return em.createNamedQuery("ExchangeLog.forCase", ExchangeLog.class).setParameter("caseId", caseId).getResultList();
    }

    private void log(Long caseId, String provinceCode, String actor, String partner, String operation,
                     Map<String, String> request, String response, String outcome, Instant start) {
        writer.write(new ExchangeLog(caseId, provinceCode, actor, partner, operation, json(request), response, outcome,
                start, java.time.Duration.between(start, Instant.now()).toMillis()));
    }


    private static String json(Map<String, String> values) {
        JsonObjectBuilder o = Json.createObjectBuilder();
        values.forEach((k, v) -> {
            if (v != null) {
                o.add(k, v);
            }
        });
        return o.build().toString();
    }
}
