package ir.khadamat.platform;

import ir.khadamat.testing.CaseDriver;
import ir.khadamat.testing.Http;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Crash safety ({@code kill -9} mid-load): the real server as the build configured it (its WildFly under
 * {@code ear/target}, started as {@code -Prun} starts it, but in a copy of its server folder, on its own port offset and,
 * on the embedded default, a fresh data folder; on PostgreSQL the {@code KHADAMAT_DB_*} variables of the build),
 * four staff clients starting and advancing cases through REST, the server JVM killed with SIGKILL while they work,
 * started again, and every case and step it had acknowledged looked for. It prints its figures and fails when
 * anything acknowledged is lost or a tracking code is given twice. Not Arquillian: it owns the server's life, and kills
 * what it started even when it fails. docs/security-platform.md.
 */
class CrashIT {

    private static final int CLIENTS = 4;
    private static final Duration BOOT = Duration.ofSeconds(240);

    private final int offset = Integer.getInteger("crash.port.offset", Integer.getInteger("it.port.offset", 100) + 50);
    private final String base = "http://127.0.0.1:" + (8080 + offset);
    private final Path target = Path.of(System.getProperty("khadamat.ear", "target/khadamat.ear")).toAbsolutePath().getParent();
    private final Path serverFolder = target.resolve("crash-server");
    private final Path dataFolder = target.resolve("crash-data");

    /** What the server acknowledged: a case's tracking code, the steps answered 200, and the status last answered. */
    private final Map<String, List<String>> acknowledgedSteps = new ConcurrentHashMap<>();
    private final Map<String, String> acknowledgedStatus = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> startedCodes = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Throwable> failuresBeforeKill = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean killed = new AtomicBoolean();
    private final AtomicInteger steps = new AtomicInteger();

    @Test
    void everyAcknowledgedCaseAndStepSurvivesKill9() throws Exception {
        prepareServerFolder();
        Process server = null;
        List<Thread> clients = new ArrayList<>();
        try {
            server = start(1);
            CaseDriver runtime = new CaseDriver(new Http(new URL(base + "/")));
            String card = runtime.publishCopyOf("prisoner-admission");
            AtomicInteger prisoner = new AtomicInteger();
            String run = Long.toString(System.currentTimeMillis() % 100000);
            for (int i = 0; i < CLIENTS; i++) {
                Thread client = new Thread(() -> work(runtime, card, run, prisoner), "crash-client-" + i);
                client.start();
                clients.add(client);
            }
            // load for a while (at least 40 acknowledged steps, 4..60 s), then kill the server JVM mid-request
            long from = System.nanoTime();
            while (seconds(from) < 60 && (seconds(from) < 4 || steps.get() < 40) && failuresBeforeKill.isEmpty()) {
                Thread.sleep(100);
            }
            killed.set(true);
            List<ProcessHandle> jvms = jvms(server);
            assertTrue(!jvms.isEmpty(), "no server JVM to kill");
            jvms.forEach(ProcessHandle::destroyForcibly);
            for (ProcessHandle jvm : jvms) {
                jvm.onExit().get();
            }
            server.destroyForcibly().waitFor();
            for (Thread client : clients) {
                client.join(60_000);
            }
            if (!failuresBeforeKill.isEmpty()) {
                AssertionError e = new AssertionError("a client failed before the kill", failuresBeforeKill.peek());
                failuresBeforeKill.forEach(e::addSuppressed);
                throw e;
            }

            server = start(2);
            verify();
        } finally {
            killed.set(true);
            if (server != null) {
                stop(server);
            }
        }
    }

    /** One staff client: starts a case, does its steps to the end, and again, until the server is killed. */
    private void work(CaseDriver runtime, String card, String run, AtomicInteger prisoner) {
        try {
            while (!killed.get()) {
                JsonObject started = runtime.startAsStaff(card, null);
                String code = started.getString("trackingCode");
                startedCodes.add(code);
                acknowledgedSteps.put(code, new ArrayList<>());
                acknowledgedStatus.put(code, String.valueOf(CaseDriver.text(started, "status")));
                CaseDriver.Play play = new CaseDriver.Play("tehran-staff", "tehran-admin", null,
                        Map.of("prisonerNumber", "C" + run + "-" + prisoner.incrementAndGet(), "nationalCode", CaseDriver.nationalCode()),
                        Map.of("verify-identity", "verified"));
                JsonObject view = runtime.read(code, play);
                for (int i = 0; i < 30 && "OPEN".equals(view.getString("status")) && !killed.get(); i++) {
                    String step = view.getJsonObject("currentStep").getString("id");
                    view = runtime.doStep(code, view, play);
                    // acknowledged: the server answered 200 for this step
                    acknowledgedSteps.get(code).add(step);
                    acknowledgedStatus.put(code, view.getString("status"));
                    steps.incrementAndGet();
                }
            }
        } catch (Throwable e) {
            if (!killed.get()) {
                failuresBeforeKill.add(e);
            }
        }
    }

    private void verify() throws Exception {
        Http staff = new Http(new URL(base + "/")).as("tehran-staff");
        int cases = 0;
        int presentCases = 0;
        int ackSteps = 0;
        int presentSteps = 0;
        List<String> lost = new ArrayList<>();
        for (Map.Entry<String, List<String>> c : acknowledgedSteps.entrySet()) {
            cases++;
            ackSteps += c.getValue().size();
            Http.Reply r = staff.get("/api/cases/" + c.getKey());
            if (r.status() != 200) {
                lost.add("case " + c.getKey() + " (" + r.status() + ")");
                continue;
            }
            presentCases++;
            JsonObject view = r.json();
            Set<String> done = new HashSet<>();
            for (JsonValue e : view.getJsonArray("history")) {
                JsonObject event = e.asJsonObject();
                if ("DONE".equals(CaseDriver.text(event, "action")) && CaseDriver.text(event, "step") != null) {
                    done.add(event.getString("step"));
                }
            }
            for (String step : c.getValue()) {
                if (done.contains(step)) {
                    presentSteps++;
                } else {
                    lost.add("step " + step + " of " + c.getKey());
                }
            }
            if ("CLOSED".equals(acknowledgedStatus.get(c.getKey())) && !"CLOSED".equals(view.getString("status"))) {
                lost.add("the closing of " + c.getKey() + " (now " + view.getString("status") + ")");
            }
        }
        int duplicates = startedCodes.size() - new HashSet<>(startedCodes).size();
        System.out.println("CRASH kill -9 under " + CLIENTS + " clients (" + database() + "): acknowledged " + cases
                + " cases and " + ackSteps + " steps; present after restart " + presentCases + " cases and " + presentSteps
                + " steps; lost " + lost.size() + "; duplicate tracking codes " + duplicates);
        lost.forEach(l -> System.out.println("CRASH lost: " + l));
        assertTrue(cases > 0 && ackSteps > 0, "nothing was acknowledged before the kill");
        assertEquals(List.of(), lost, "acknowledged work lost in the crash");
        assertEquals(0, duplicates, "a tracking code was given twice");
    }

    private static String database() {
        String driver = System.getenv("KHADAMAT_DB_DRIVER");
        return driver == null || driver.isBlank() ? "embedded H2" : driver;
    }

    /** A copy of the build's server folder with the application in its deployments, and an empty data folder. */
    private void prepareServerFolder() throws IOException {
        Path home = Path.of(System.getProperty("jboss.home"));
        delete(serverFolder);
        delete(dataFolder);
        copy(home.resolve("standalone"), serverFolder);
        for (String transient_ : List.of("data", "log", "tmp")) {
            delete(serverFolder.resolve(transient_));
        }
        Files.copy(Path.of(System.getProperty("khadamat.ear", "target/khadamat.ear")),
                serverFolder.resolve("deployments/khadamat.ear"), StandardCopyOption.REPLACE_EXISTING);
        Files.createDirectories(dataFolder);
    }

    private Process start(int n) throws Exception {
        Path home = Path.of(System.getProperty("jboss.home"));
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/standalone.sh").toString(),
                "--read-only-server-config=standalone-full.xml",
                "-Djboss.server.base.dir=" + serverFolder, "-Djboss.socket.binding.port-offset=" + offset,
                "-Dkhadamat.data.dir=" + dataFolder, "-Dkhadamat.demo=true")
                .redirectErrorStream(true).redirectOutput(target.resolve("crash-server-" + n + ".log").toFile());
        pb.environment().put("JAVA_OPTS", "-Xms256m -Xmx1g -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true"
                + " -Djboss.modules.system.pkgs=org.jboss.byteman");
        Process process = pb.start();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long from = System.nanoTime();
        while (seconds(from) < BOOT.toSeconds()) {
            if (!process.isAlive()) {
                fail("the server stopped while starting: target/crash-server-" + n + ".log");
            }
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/api/cards?size=1"))
                        .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return process;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        stop(process);
        throw new AssertionError("the server did not start within " + BOOT + ": target/crash-server-" + n + ".log");
    }

    /** The JVMs the start script runs (standalone.sh starts java as its child). */
    private static List<ProcessHandle> jvms(Process script) {
        List<ProcessHandle> jvms = new ArrayList<>(script.descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false)).toList());
        if (jvms.isEmpty()) {
            jvms.addAll(script.descendants().toList());
        }
        return jvms;
    }

    private static void stop(Process script) {
        List<ProcessHandle> all = new ArrayList<>(script.descendants().toList());
        all.forEach(ProcessHandle::destroyForcibly);
        script.destroyForcibly();
        for (ProcessHandle p : all) {
            try {
                p.onExit().get();
            } catch (Exception ignored) {
                // gone already
            }
        }
    }

    private static double seconds(long fromNanos) {
        return (System.nanoTime() - fromNanos) / 1e9;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
