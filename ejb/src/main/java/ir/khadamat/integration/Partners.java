package ir.khadamat.integration;

import ir.khadamat.catalog.process.ExchangeMode;
import ir.khadamat.tenancy.TenantFilter;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Calls a partner through its adapter (the HTTP client where the partner's URL is configured, the simulator
 * otherwise) and logs the exchange in a transaction of its own, so the log keeps every attempt, the failed ones
 * too, whatever happens to the case's transaction.
 */
@Stateless
@PermitAll
@Interceptors(TenantFilter.class)
public class Partners {

    @Inject
    private PartnerSimulator simulator;

    @Inject
    private HttpPartnerAdapter http;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private ExchangeLogWriter writer;

    /** One exchange online, logged. */
    public Map<String, String> call(ExchangeContext context, String partner, String operation, Map<String, String> request)
            throws PartnerUnavailable {
        Instant start = Instant.now();
        try {
            Map<String, String> answer = adapter(partner).call(partner, operation, request);
            log(context, ExchangeMode.ONLINE, partner, operation, json(request), json(answer), "OK", start);
            return answer;
        } catch (PartnerUnavailable e) {
            log(context, ExchangeMode.ONLINE, partner, operation, json(request), e.getMessage(), "FAILED", start);
            throw e;
        }
    }

    /** A batch of one operation, logged once for each case in it; all answered or, on failure, none. */
    public List<Map<String, String>> callBatch(List<ExchangeContext> contexts, String partner, String operation,
                                               List<Map<String, String>> requests) throws PartnerUnavailable {
        Instant start = Instant.now();
        try {
            List<Map<String, String>> answers = adapter(partner).callBatch(partner, operation, requests);
            for (int i = 0; i < requests.size(); i++) {
                log(contexts.get(i), ExchangeMode.BATCH, partner, operation, json(requests.get(i)), json(answers.get(i)),
                        "OK", start);
            }
            return answers;
        } catch (PartnerUnavailable e) {
            for (int i = 0; i < requests.size(); i++) {
                log(contexts.get(i), ExchangeMode.BATCH, partner, operation, json(requests.get(i)), e.getMessage(),
                        "FAILED", start);
            }
            throw e;
        }
    }

    /** The exchanges of a case, oldest first (tenant-isolated like the case). */
    public List<ExchangeLog> forCase(Long caseId) {
        return em.createNamedQuery("ExchangeLog.forCase", ExchangeLog.class).setParameter("caseId", caseId).getResultList();
    }

    private PartnerAdapter adapter(String partner) {
        return http.serves(partner) ? http : simulator;
    }

    private void log(ExchangeContext context, ExchangeMode mode, String partner, String operation, String request,
                     String response, String outcome, Instant start) {
        writer.write(new ExchangeLog(context, mode, partner, operation, request, response, outcome, start,
                Duration.between(start, Instant.now()).toMillis()));
    }

    static String json(Map<String, String> values) {
        return ExchangeValues.json(values).toString();
    }
}
