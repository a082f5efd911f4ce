package ir.khadamat.benchmark;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Start-up: from launching the server to the application deployed and answering its first page, on a new data
 * folder (the schema migrated and the seed imported: a first start) and again on the same folder (every later
 * start), with the time WildFly itself reports. It prints figures (target: 10 s); it asserts only that the
 * application answered. The server is the build's, with the EAR as packaged, on port offset 600, the embedded H2.
 */
class StartupBenchmark {

    private static final int OFFSET = 600;
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void fromLaunchToTheFirstPage() throws Exception {
        Path jbossHome = Path.of(System.getProperty("jboss.home"));
        Path folder = Path.of(System.getProperty("benchmark.out"), "startup");
        delete(folder);
        Path base = folder.resolve("server");
        copy(jbossHome.resolve("standalone"), base);
        Files.copy(Path.of(System.getProperty("khadamat.ear")), base.resolve("deployments/khadamat.ear"),
                StandardCopyOption.REPLACE_EXISTING);
        for (String start : List.of("first start (schema migrated, seed imported)", "later start (the same data folder)")) {
            Path log = folder.resolve("server-" + (start.startsWith("first") ? 1 : 2) + ".out");
            ProcessBuilder launch = new ProcessBuilder(jbossHome.resolve("bin/standalone.sh").toString(), "-c",
                    "standalone-full.xml", "-Djboss.server.base.dir=" + base, "-Djboss.socket.binding.port-offset=" + OFFSET,
                    "-Dkhadamat.data.dir=" + folder.resolve("data"), "-b", "127.0.0.1", "-bmanagement", "127.0.0.1")
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            // the embedded database of a new installation, whatever database the other benchmarks were given
            launch.environment().keySet().removeIf(name -> name.startsWith("KHADAMAT_DB_"));
            long t = System.nanoTime();
            Process server = launch.start();
            try {
                double seconds = secondsUntilAnswered("http://127.0.0.1:" + (8080 + OFFSET) + "/index.xhtml", t);
                Matcher started = Pattern.compile("WFLYSRV0025: .* started in (\\d+)ms").matcher(Files.readString(log));
                System.out.printf("BENCHMARK start-up, %s: the first page answered %.1f s after launch; WildFly reports"
                        + " started in %s ms (target: 10 s)%n", start, seconds, started.find() ? started.group(1) : "?");
            } finally {
                server.toHandle().descendants().forEach(ProcessHandle::destroy);
                server.destroy();
                server.onExit().get();
            }
        }
    }

    private static double secondsUntilAnswered(String address, long launched) throws InterruptedException {
        long until = launched + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < until) {
            try {
                HttpResponse<Void> r = CLIENT.send(HttpRequest.newBuilder(URI.create(address)).timeout(Duration.ofSeconds(5))
                        .GET().build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return (System.nanoTime() - launched) / 1e9;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        assertTrue(false, "the application did not answer within 5 minutes");
        return -1;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> old = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) old.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
