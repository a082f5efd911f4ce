package ir.khadamat.benchmark;

import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same three-step process as the ear module's {@code RuntimeBenchmark}, on the Flowable engine, on the same
 * database (the {@code KHADAMAT_DB_*} settings; an H2 file otherwise): cases started and moved to their end per
 * second, printed beside Khadamat's figure from the same run, with the ratio. Flowable keeps its own tables
 * ({@code ACT_*}) in that database. Prints figures; asserts only that the work was done.
 */
class FlowableComparisonBenchmark {

    private static final String URL = System.getenv().getOrDefault("KHADAMAT_DB_URL",
            "jdbc:h2:file:" + System.getProperty("flowable.h2", "target/flowable-h2") + "/flowable");

    /** Flowable on the application's database, its own tables beside (a connection for each of 8 clients). */
    private static ProcessEngine engine() {
        boolean postgres = URL.startsWith("jdbc:postgresql");
        ProcessEngineConfiguration configuration = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
                .setJdbcUrl(URL)
                .setJdbcDriver(postgres ? "org.postgresql.Driver" : "org.h2.Driver")
                .setJdbcUsername(System.getenv().getOrDefault("KHADAMAT_DB_USER", "sa"))
                .setJdbcPassword(System.getenv().getOrDefault("KHADAMAT_DB_PASSWORD", "sa"))
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setAsyncExecutorActivate(false);
        configuration.setJdbcMaxActiveConnections(16);
        return configuration.buildProcessEngine();
    }

    @Test
    void threeStepsOnFlowable() throws Exception {
        int cases = Integer.getInteger("benchmark.throughput", 500);
        boolean postgres = URL.startsWith("jdbc:postgresql");
        ProcessEngine engine = engine();
        try {
            engine.getRepositoryService().createDeployment().addClasspathResource("three-steps.bpmn20.xml").deploy();
            for (int i = 0; i < 50; i++) {
                runOneCase(engine);
            }
            long start = System.nanoTime();
            for (int i = 0; i < cases; i++) {
                runOneCase(engine);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double flowable = cases / seconds;
            System.out.printf("BENCHMARK flowable engine: %d cases of the same three-step process in %.1f s: %.1f cases/s (%s)%n",
                    cases, seconds, flowable, postgres ? "PostgreSQL" : "H2");
            Path figure = Path.of(System.getProperty("khadamat.figure", "../ear/target/khadamat-throughput.txt"));
            if (Files.exists(figure)) {
                double khadamat = Double.parseDouble(Files.readString(figure).strip());
                System.out.printf("BENCHMARK khadamat %.1f cases/s, flowable %.1f cases/s: ratio %.2f (target: at least 2)%n",
                        khadamat, flowable, khadamat / flowable);
            } else {
                System.out.println("BENCHMARK no Khadamat figure at " + figure + ": run ./mvnw verify -Pbenchmark from the top");
            }
        } finally {
            engine.close();
        }
    }

    /**
     * Flowable with 1, 4 and 8 clients at once, three rounds each, beside Khadamat's rates with as many clients
     * (RuntimeBenchmark's, from the same {@code verify}, minutes before): the ratio in each round (target: at least 3).
     */
    @Test
    void withClientsBesideKhadamat() throws Exception {
        int cases = Integer.getInteger("benchmark.floor.cases", 200);
        ProcessEngine engine = engine();
        Path figures = Path.of(System.getProperty("khadamat.clients", "../ear/target/khadamat-clients.txt"));
        Map<Integer, double[]> khadamat = new HashMap<>();
        if (Files.exists(figures)) {
            for (String line : Files.readAllLines(figures)) {
                String[] parts = line.strip().split(" ");
                khadamat.put(Integer.parseInt(parts[0]), Arrays.stream(parts).skip(1).mapToDouble(Double::parseDouble).toArray());
            }
        }
        try {
            engine.getRepositoryService().createDeployment().addClasspathResource("three-steps.bpmn20.xml").deploy();
            rate(engine, 2, 50);
            for (int clients : new int[]{1, 4, 8}) {
                List<String> rounds = new ArrayList<>();
                List<Double> ratios = new ArrayList<>();
                for (int round = 0; round < 3; round++) {
                    double flowable = rate(engine, clients, cases);
                    double[] ours = khadamat.get(clients);
                    if (ours != null) {
                        ratios.add(ours[round] / flowable);
                        rounds.add(String.format("khadamat %.0f, flowable %.0f", ours[round], flowable));
                    } else {
                        rounds.add(String.format("flowable %.0f", flowable));
                    }
                }
                Collections.sort(ratios);
                System.out.printf("BENCHMARK flowable with %d client(s), %d cases a round, cases/s: %s%s%n", clients, cases,
                        String.join("; ", rounds), ratios.isEmpty() ? " (no Khadamat figures at " + figures + ")"
                                : String.format("; khadamat/flowable %.2f to %.2f (target >= 3 in every round)",
                                ratios.get(0), ratios.get(ratios.size() - 1)));
            }
        } finally {
            engine.close();
        }
    }

    private static double rate(ProcessEngine engine, int clients, int cases) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger left = new AtomicInteger(cases);
        long start = System.nanoTime();
        try {
            List<Future<Object>> running = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                running.add(pool.submit(() -> {
                    while (left.getAndDecrement() > 0) {
                        runOneCase(engine);
                    }
                    return null;
                }));
            }
            for (Future<Object> f : running) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return cases / ((System.nanoTime() - start) / 1e9);
    }

    private static void runOneCase(ProcessEngine engine) {
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("threeSteps");
        for (int step = 1; step <= 3; step++) {
            Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
            engine.getTaskService().complete(task.getId(), Map.of("note", "انجام شد"));
        }
        assertTrue(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).list().isEmpty());
        assertEquals(1, engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).count());
    }
}
