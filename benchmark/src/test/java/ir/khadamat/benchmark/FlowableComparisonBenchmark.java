package ir.khadamat.benchmark;

import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same three-step process as the ear module's {@code RuntimeBenchmark}, on the Flowable engine, on the same
 * database (the {@code KHADAMAT_DB_*} settings; an H2 file otherwise): cases started and moved to their end per
 * second, printed beside Khadamat's figure from the same run, with the ratio. Flowable keeps its own tables
 * ({@code ACT_*}) in that database. Prints figures; asserts only that the work was done.
 */
class FlowableComparisonBenchmark {

    @Test
    void threeStepsOnFlowable() throws Exception {
        int cases = Integer.getInteger("benchmark.throughput", 500);
        String url = System.getenv().getOrDefault("KHADAMAT_DB_URL",
                "jdbc:h2:file:" + System.getProperty("flowable.h2", "target/flowable-h2") + "/flowable");
        boolean postgres = url.startsWith("jdbc:postgresql");
        ProcessEngine engine = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
                .setJdbcUrl(url)
                .setJdbcDriver(postgres ? "org.postgresql.Driver" : "org.h2.Driver")
                .setJdbcUsername(System.getenv().getOrDefault("KHADAMAT_DB_USER", "sa"))
                .setJdbcPassword(System.getenv().getOrDefault("KHADAMAT_DB_PASSWORD", "sa"))
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setAsyncExecutorActivate(false)
                .buildProcessEngine();
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
