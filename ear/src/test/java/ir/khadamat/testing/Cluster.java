package ir.khadamat.testing;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A cluster on this machine, as docs/operations.md builds one on real hosts: WildFly's load balancer
 * (standalone-load-balancer.xml) and nodes of the clustered shape (standalone-full-ha.xml, configure-cluster.cli) on the
 * build's WildFly, each its own server folder under {@code target/cluster} and its own port offset, loopback only, on the
 * PostgreSQL database the environment names (KHADAMAT_DB_*). Nodes are killed as a crash kills them: {@code kill -9}.
 * It also starts single servers of the standard shape ({@link #startServer}: standalone-full.xml, as configure-server.cli
 * leaves it) for tests that configure a server further with a CLI script of their own ({@link #cli}), e.g. OidcIT.
 */
public final class Cluster implements AutoCloseable {

    /** The balancer's port offset: HTTP on 8580, its mod_cluster management (MCMP) on 8590. */
    static final int BALANCER_OFFSET = 500;
    /** The one-time codes' secret this cluster's nodes share (KHADAMAT_TOKEN_SECRET on real hosts). */
    private static final long SECRET = new java.security.SecureRandom().nextLong();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Path jbossHome = Path.of(System.getProperty("jboss.home"));
    private final Path ear = Path.of(System.getProperty("khadamat.ear"));
    private final Path folder;
    private final List<Node> nodes = new ArrayList<>();
    private Process balancer;

    /** A cluster in a folder of its own, emptied first: each run starts from the build's server, as a new host does. */
    public Cluster(Path folder) {
        this.folder = folder;
        try {
            if (Files.exists(folder)) {
                try (Stream<Path> old = Files.walk(folder)) {
                    for (Path p : (Iterable<Path>) old.sorted(java.util.Comparator.reverseOrder())::iterator) {
                        Files.delete(p);
                    }
                }
            }
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One application server of the cluster. */
    public final class Node {
        final String name;
        final int offset;
        Process process;

        Node(String name, int offset) {
            this.name = name;
            this.offset = offset;
        }

        public String name() {
            return name;
        }

        /** The node's own address, past the balancer. */
        public String address() {
            return "http://127.0.0.1:" + (8080 + offset) + "/";
        }

        /** Kills the node's JVM at once (SIGKILL): no shutdown, no goodbye to the cluster. */
        public void kill() {
            ProcessHandle handle = process.toHandle();
            handle.descendants().forEach(ProcessHandle::destroyForcibly);
            handle.destroyForcibly();
            process.onExit().join();
        }

        public boolean alive() {
            return process != null && process.isAlive();
        }
    }

    /** The balancer's address: where users go. */
    public String address() {
        return "http://127.0.0.1:" + (8080 + BALANCER_OFFSET) + "/";
    }

    public void startBalancer() {
        balancer = start("balancer", "standalone-load-balancer.xml", BALANCER_OFFSET, List.of(), Map.of());
        waitFor(address(), code -> code > 0, Duration.ofMinutes(2));
    }

    /**
     * Starts a node with the application (and the system properties given, e.g. a partner's URL) and waits until it
     * answers directly and the balancer sends new sessions to it.
     */
    public Node startNode(String name, int offset, String... properties) {
        Node node = new Node(name, offset);
        deploy(name);
        node.process = start(name, "standalone-full-ha.xml", offset, options(name, properties), Map.of());
        nodes.add(node);
        waitFor(node.address() + "index.xhtml", code -> code == 200, Duration.ofMinutes(5));
        waitUntilBalancerSendsTo(node, Duration.ofMinutes(1));
        return node;
    }

    /**
     * Starts a single server of the standard shape (standalone-full.xml; H2 in a data folder of its own unless
     * KHADAMAT_DB_* name another database) with the application, the demonstration's users and the system properties
     * given, its environment completed by {@code environment}, and waits until it answers.
     */
    public Node startServer(String name, int offset, Map<String, String> environment, String... properties) {
        Node node = new Node(name, offset);
        deploy(name);
        List<String> options = new ArrayList<>(List.of("-Djboss.node.name=" + name, "-Dkhadamat.demo=true",
                "-Dkhadamat.data.dir=" + folder.resolve(name + "-data")));
        for (String p : properties) {
            options.add("-D" + p);
        }
        node.process = start(name, "standalone-full.xml", offset, options, environment);
        nodes.add(node);
        waitFor(node.address() + "index.xhtml", code -> code == 200, Duration.ofMinutes(5));
        return node;
    }

    /**
     * Runs a JBoss CLI script against the node's management interface, as an operator does
     * ({@code bin/jboss-cli.sh --connect --file=...}), and returns what it printed; fails when the script fails.
     */
    public String cli(Node node, Path script) {
        return jbossCli(node, "--file=" + script.toAbsolutePath());
    }

    /** Reloads the node ({@code reload}: the CLI waits until the server is back) and waits until it answers. */
    public void reload(Node node) {
        jbossCli(node, "--command=reload");
        waitFor(node.address() + "index.xhtml", code -> code == 200, Duration.ofMinutes(5));
    }

    private String jbossCli(Node node, String what) {
        Path out = folder.resolve(node.name + "-cli-" + System.nanoTime() + ".out");
        try {
            Process cli = new ProcessBuilder(jbossHome.resolve("bin/jboss-cli.sh").toString(), "--connect",
                    "--controller=remote+http://127.0.0.1:" + (9990 + node.offset), "--timeout=60000", what)
                    .redirectErrorStream(true).redirectOutput(out.toFile()).start();
            if (!cli.waitFor(5, java.util.concurrent.TimeUnit.MINUTES)) {
                cli.destroyForcibly();
                throw new AssertionError("jboss-cli " + what + " did not end within 5 minutes: " + out);
            }
            String printed = Files.readString(out);
            if (cli.exitValue() != 0) {
                throw new AssertionError("jboss-cli " + what + " failed (" + cli.exitValue() + "):\n" + printed);
            }
            return printed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static List<String> options(String name, String... properties) {
        List<String> options = new ArrayList<>(List.of("-Djboss.node.name=" + name,
                "-Dkhadamat.balancer.port=" + (8090 + BALANCER_OFFSET), "-Dkhadamat.demo=true",
                "-Dkhadamat.exchange.batch.seconds=5",
                // one secret for the one-time codes on every node: a code sent by one is checked by the other
                "-Dkhadamat.token.secret=cluster-test-secret-" + Long.toHexString(SECRET)));
        for (String p : properties) {
            options.add("-D" + p);
        }
        return options;
    }

    /**
     * Waits until a new visitor's session through the balancer can land on the node: a node answering on its own
     * address may not yet be registered with the balancer (mod_cluster's CONFIG and ENABLE-APP come a little later),
     * and a test that needs a session on it would find every new one on the other node.
     */
    private void waitUntilBalancerSendsTo(Node node, Duration within) {
        Instant until = Instant.now().plus(within);
        while (Instant.now().isBefore(until)) {
            if (node.name.equals(newSessionRoute())) {
                return;
            }
            sleep(200);
        }
        throw new AssertionError("the balancer sent no new session to " + node.name + " within " + within);
    }

    /** The node a new visitor's session lands on (the route of the JSESSIONID the sign-in page sets), or "". */
    private String newSessionRoute() {
        try {
            HttpResponse<Void> r = CLIENT.send(HttpRequest.newBuilder(URI.create(address() + "workspace/index.xhtml"))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                    .map(c -> c.substring("JSESSIONID=".length()).split(";", 2)[0])
                    .map(v -> v.substring(v.lastIndexOf('.') + 1)).findFirst().orElse("");
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /** Puts the EAR as the build packaged it into the server's deployments, to be deployed when it starts. */
    private void deploy(String name) {
        try {
            Files.copy(ear, serverFolder(name).resolve("deployments/khadamat.ear"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path serverFolder(String name) {
        Path server = folder.resolve(name);
        if (!Files.exists(server)) {
            copy(jbossHome.resolve("standalone"), server);
        }
        return server;
    }

    private Process start(String name, String config, int offset, List<String> options, Map<String, String> environment) {
        Path server = serverFolder(name);
        List<String> command = new ArrayList<>(List.of(jbossHome.resolve("bin/standalone.sh").toString(), "-c", config,
                "-Djboss.server.base.dir=" + server, "-Djboss.socket.binding.port-offset=" + offset,
                "-b", "127.0.0.1", "-bprivate", "127.0.0.1", "-bmanagement", "127.0.0.1"));
        command.addAll(options);
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(folder.resolve(name + ".out").toFile());
            builder.environment().putAll(environment);
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the address answers with a status the test accepts. */
    public static void waitFor(String address, java.util.function.IntPredicate accepted, Duration within) {
        Instant until = Instant.now().plus(within);
        int last = -1;
        while (Instant.now().isBefore(until)) {
            last = status(address);
            if (accepted.test(last)) {
                return;
            }
            sleep(500);
        }
        throw new AssertionError(address + " did not answer as expected within " + within + " (last: " + last + ")");
    }

    /** Something a test waits for. */
    public interface Check {
        boolean holds() throws Exception;
    }

    /** Waits until the check holds, or fails the test. */
    public static void waitUntil(Check check, Duration within) throws Exception {
        Instant until = Instant.now().plus(within);
        while (!check.holds()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("not within " + within);
            }
            sleep(500);
        }
    }

    /** The status of a GET of the address; 0 when nothing answers. */
    public static int status(String address) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(URI.create(address)).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path relative = from.relativize(f);
                String top = relative.getNameCount() == 0 ? "" : relative.getName(0).toString();
                if (top.equals("data") || top.equals("log") || top.equals("tmp")
                        || top.equals("deployments") && relative.getNameCount() > 1) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Kills whatever of the cluster still runs. */
    @Override
    public void close() {
        for (Node node : nodes) {
            if (node.alive()) {
                node.kill();
            }
        }
        if (balancer != null && balancer.isAlive()) {
            balancer.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            balancer.destroyForcibly();
        }
    }
}
