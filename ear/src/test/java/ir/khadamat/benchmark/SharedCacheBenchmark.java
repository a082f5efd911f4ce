package ir.khadamat.benchmark;

import ir.khadamat.catalog.ServiceCard;
import ir.khadamat.runtime.CaseCaller;
import ir.khadamat.runtime.CaseEngine;
import ir.khadamat.runtime.cases.ServiceCase;
import ir.khadamat.tenancy.TenantScope;
import ir.khadamat.testing.As;
import ir.khadamat.testing.CardPublisher;
import ir.khadamat.testing.Cards;
import ir.khadamat.testing.Deployments;
import ir.khadamat.testing.Http;
import ir.khadamat.users.AppUser;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * EclipseLink's shared (second-level) cache on or off, measured on the reads every staff request makes (the signed-in
 * user, the card, the case by its tracking code), in one run on one server: the product's persistence unit (cache
 * off, {@code persistence.xml}) beside a copy of it with {@code eclipselink.cache.shared.default=true} that only this
 * benchmark deploys. One server with the cache on and nothing to coordinate is the best a coordinated cache could do
 * (coordination over JMS only adds its messages), so the ratio is the most a cluster could win by turning it on.
 * It also prints what the shared cache does to two things the cluster relies on: a row changed by another server
 * (here by SQL, as another node's transaction is seen) and a case of another province asked for by its id.
 * It prints figures; it asserts that the work was done, and that the product's unit (cache off) reads the changed
 * row and finds no other province's case (docs/operations.md, docs/benchmarks.md).
 */
@ExtendWith(ArquillianExtension.class)
class SharedCacheBenchmark {

    private static final String CACHED = "khadamat-shared-cache";

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.applicationWith(SharedCacheBenchmark.class,
                CardPublisher.class, As.class, Http.class, Cards.class);
        WebArchive web = ear.getAsType(WebArchive.class, "khadamat-web.war");
        web.addAsResource(new StringAsset(cachedUnit()), "META-INF/persistence.xml");
        ear.delete("khadamat-web.war");
        ear.addAsModule(web);
        return ear;
    }

    /** The product's persistence unit under another name, with the shared cache on. */
    private static String cachedUnit() {
        try (InputStream in = SharedCacheBenchmark.class.getResourceAsStream("/META-INF/persistence.xml")) {
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return xml.replace("name=\"khadamat\"", "name=\"" + CACHED + "\"")
                    .replace("name=\"eclipselink.cache.shared.default\" value=\"false\"",
                            "name=\"eclipselink.cache.shared.default\" value=\"true\"");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PersistenceUnit(unitName = "khadamat")
    EntityManagerFactory off;

    @PersistenceUnit(unitName = CACHED)
    EntityManagerFactory on;

    @Inject
    CardPublisher publisher;

    @EJB
    CaseEngine engine;

    @Resource(lookup = "java:jboss/datasources/KhadamatDS")
    DataSource dataSource;

    @Test
    void sharedCacheOnAndOff() throws Exception {
        String key = "tehran-bench-cache-" + System.nanoTime() % 100000;
        publisher.publish(Cards.card(key, "خدمت آزمون حافظه نهان", "سنجش", "شرح"), Cards.threeForms(key));
        List<String> codes = As.user("tehran-staff", () -> {
            List<String> started = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                started.add(engine.start(CaseCaller.staff(), key, null, new CaseEngine.StartRequest(null, null, null, null))
                        .trackingCode());
            }
            return started;
        });

        int requests = Integer.getInteger("benchmark.cache.requests", 5000);
        request(off, key, codes, requests); // warm both up: compiled code, pools, the cache filled
        request(on, key, codes, requests);
        double[] offRates = new double[3];
        double[] onRates = new double[3];
        for (int round = 0; round < 3; round++) { // alternated, so that the machine's noise falls on both
            offRates[round] = request(off, key, codes, requests);
            onRates[round] = request(on, key, codes, requests);
        }
        double offBest = max(offRates);
        double onBest = max(onRates);
        System.out.printf("BENCHMARK shared cache: %d staff requests' reads (user, card, case by code) a round, 3 rounds"
                        + " alternated: off %.0f/s (best; %s), on %.0f/s (best; %s): on/off %.2f%n", requests, offBest,
                rates(offRates), onBest, rates(onRates), onBest / offBest);

        // a card's title changed by another server's transaction (here SQL, which the cache does not see either)
        String title = "عنوانی که سرور دیگری نوشت " + System.nanoTime();
        try (Connection c = dataSource.getConnection();
             PreparedStatement u = c.prepareStatement("UPDATE service_card SET title = ? WHERE card_key = ?")) {
            u.setString(1, title);
            u.setString(2, key);
            assertEquals(1, u.executeUpdate());
        }
        assertEquals(title, card(off, key).getTitle(), "the product's unit reads what another server wrote");
        System.out.printf("BENCHMARK shared cache: a card changed by another server, read at once: off %s, on %s%n",
                "the new title",
                title.equals(card(on, key).getTitle()) ? "the new title" : "THE OLD TITLE (stale until evicted)");

        // a Tehran case, asked for by its id by someone scoped to Isfahan
        long id = caseByCode(on, "tehran", codes.get(0)).getId();
        assertNull(caseById(off, "isfahan", id), "the product's unit keeps a province's cases to it, found by id too");
        System.out.printf("BENCHMARK shared cache: a Tehran case found by its id by someone scoped to Isfahan: off %s, on %s%n",
                "not found",
                caseById(on, "isfahan", id) == null ? "not found" : "FOUND (the cache hit skips the province criteria)");
    }

    /** Rounds of a staff request's reads, each in an entity manager of its own as a request has; requests a second. */
    private double request(EntityManagerFactory emf, String key, List<String> codes, int requests) {
        Random random = new Random(11);
        long start = System.nanoTime();
        for (int i = 0; i < requests; i++) {
            EntityManager em = scoped(emf, "tehran");
            try {
                assertNotNull(em.createNamedQuery("AppUser.byName", AppUser.class).setParameter("name", "tehran-staff")
                        .getSingleResult());
                assertNotNull(em.createNamedQuery("ServiceCard.byKey", ServiceCard.class).setParameter("key", key)
                        .setMaxResults(1).getResultList().get(0));
                ServiceCase c = em.createNamedQuery("ServiceCase.byTrackingCode", ServiceCase.class)
                        .setParameter("code", ir.khadamat.runtime.cases.TrackingCode.of(codes.get(random.nextInt(codes.size()))))
                        .getSingleResult();
                assertNotNull(em.find(ServiceCase.class, c.getId()));
            } finally {
                em.close();
            }
        }
        return requests / ((System.nanoTime() - start) / 1e9);
    }

    private static EntityManager scoped(EntityManagerFactory emf, String province) {
        return emf.createEntityManager(Map.of(TenantScope.PROVINCE, province, TenantScope.ALL, "N"));
    }

    private static ServiceCard card(EntityManagerFactory emf, String key) {
        EntityManager em = scoped(emf, "tehran");
        try {
            return em.createNamedQuery("ServiceCard.byKey", ServiceCard.class).setParameter("key", key).setMaxResults(1)
                    .getResultList().get(0);
        } finally {
            em.close();
        }
    }

    private static ServiceCase caseByCode(EntityManagerFactory emf, String province, String code) {
        EntityManager em = scoped(emf, province);
        try {
            return em.createNamedQuery("ServiceCase.byTrackingCode", ServiceCase.class)
                    .setParameter("code", ir.khadamat.runtime.cases.TrackingCode.of(code)).getSingleResult();
        } finally {
            em.close();
        }
    }

    private static ServiceCase caseById(EntityManagerFactory emf, String province, long id) {
        EntityManager em = scoped(emf, province);
        try {
            return em.find(ServiceCase.class, id);
        } finally {
            em.close();
        }
    }

    private static double max(double[] values) {
        double m = 0;
        for (double v : values) {
            m = Math.max(m, v);
        }
        return m;
    }

    private static String rates(double[] values) {
        StringBuilder s = new StringBuilder();
        for (double v : values) {
            s.append(s.isEmpty() ? "" : ", ").append(Math.round(v));
        }
        return s.toString();
    }
}
