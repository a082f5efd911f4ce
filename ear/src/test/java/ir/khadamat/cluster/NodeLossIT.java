package ir.khadamat.cluster;

import ir.khadamat.testing.CaseDriver;
import ir.khadamat.testing.Cluster;
import ir.khadamat.testing.Http;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two nodes behind WildFly's load balancer on one PostgreSQL (docs/operations.md), and one of them killed with
 * {@code kill -9} in the middle of a few hundred concurrent case starts and steps and a batch of exchanges. Before
 * the kill: a card published and a member added on one node are seen on the other at once, and the sign-in throttle
 * counts failures on both nodes together. Afterwards every case whose call answered 2xx is there exactly once with
 * that step, tracking codes are unique, the signed-in staff session (with the JSF view it held) and a citizen's
 * session go on on the other node, each batch request reached the partner and was answered once, and each timer
 * round ran on one server. Prints cases a second with two nodes and with one, and the time the balancer took to send
 * users elsewhere.
 * <p>
 * Run by {@code ./mvnw verify -Pcluster} with KHADAMAT_DB_* naming a PostgreSQL database (.ci/run does).
 */
class NodeLossIT {

    private static final int CASES = 240;
    private static final int THREADS = 12;
    private static final String DB_URL = System.getenv("KHADAMAT_DB_URL");

    private static Cluster cluster;
    private static Partner partner;
    private static int timerRounds;
    private static long resent;
    private static int batchRequests;
    private static Cluster.Node first;
    private static Cluster.Node second;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(DB_URL != null && DB_URL.startsWith("jdbc:postgresql:"), "the cluster runs on PostgreSQL only");
        partner = Partner.start();
        cluster = new Cluster(Path.of(System.getProperty("benchmark.out"), "cluster"));
        cluster.startBalancer();
        String tvto = "khadamat.partner.tvto.url=" + partner.address();
        first = cluster.startNode("node1", 300, tvto);
        second = cluster.startNode("node2", 400, tvto);
    }

    @AfterAll
    static void stop() {
        if (cluster != null) {
            cluster.close();
        }
        if (partner != null) {
            partner.stop();
        }
    }

    @Test
    void losingANodeLosesNothing() throws Exception {
        // a card published on one node is found in the other's catalogue at once
        String card = new CaseDriver(new Http(URI.create(first.address()).toURL())).publishCopyOf("prisoner-admission");
        String page = new Http(URI.create(second.address()).toURL()).get("/index.xhtml?size=100").body();
        assertTrue(page.contains("card.xhtml?id=" + card), "published on node1, in node2's catalogue at once");
        // a member added to a province on one node signs in on the other at once
        String member = "tehran-cluster-" + System.nanoTime() % 1_000_000;
        Http.Reply added = new Http(URI.create(first.address()).toURL()).as("tehran-admin").post("/api/users",
                "{\"username\":\"" + member + "\",\"password\":\"long-enough-pass\",\"fullName\":\"کارمند خوشه\","
                        + "\"role\":\"province-staff\",\"provinceCode\":\"tehran\"}");
        assertEquals(201, added.status(), added.body());
        HttpResponse<String> me = basic(second, member, "long-enough-pass", "api/users/me");
        assertEquals(200, me.statusCode(), "added on node1, signs in on node2 at once: " + me.body());
        assertTrue(me.body().contains("tehran"), me.body());

        // staff signed in through the balancer, with a page of theirs open
        Session staff = new Session(cluster.address());
        staff.signIn("tehran-staff");
        String inbox = staff.get("workspace/inbox.xhtml");
        assertTrue(inbox.contains("id=\"logout\""), "signed in");
        Cluster.Node served = staff.route().equals(first.name()) ? first : second;
        Cluster.Node survivor = served == first ? second : first;

        // a citizen signed in on «درخواست‌های من» (national code, mobile, one-time code) on the node that will die
        CaseDriver driver = new CaseDriver(new Http(URI.create(cluster.address()).toURL()));
        // (the balancer spreads new sessions by the nodes' load, so a few citizens sign in until one is there)
        Session citizen = null;
        List<String> routes = new ArrayList<>();
        for (int i = 0; i < 12 && (citizen == null || !citizen.route().equals(served.name())); i++) {
            citizen = new Session(cluster.address());
            citizen.signInWithCode(NodeLossIT::codeSentTo, CaseDriver.nationalCode(),
                    String.format("0912%07d", System.nanoTime() % 10_000_000));
            routes.add(citizen.route() + " " + citizen.trace);
        }
        assertEquals(served.name(), citizen.route(), "a citizen's session on the node to be killed; sessions landed on " + routes);
        assertTrue(citizen.get("my-requests.xhtml").contains("id=\"signOut\""), "the citizen is signed in");

        // the sign-in throttle holds across nodes: wrong passwords for one account, alternately on each node's own
        // address; the five free failures are counted together, and the next try is slowed on either node
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 8 && !statuses.contains(429); i++) {
            statuses.add(wrongPassword(i % 2 == 0 ? first : second, "isfahan-staff"));
        }
        assertEquals(List.of(401, 401, 401, 401, 401), statuses.subList(0, 5), "five free failures over both nodes: " + statuses);
        assertTrue(statuses.contains(429), "then slowed, whichever node is asked: " + statuses);

        // a service whose one step is a batch to the technical and vocational training organization (tvto), whose
        // address is the partner this test runs: each request it receives is counted by its exchangeKey
        String batchCard = driver.publishWithSteps("cluster-batch",
                "{\"id\":\"s1\",\"title\":\"اعلام به فنی و حرفه‌ای\",\"kind\":\"INQUIRY\",\"role\":\"system\",\"config\":"
                        + "{\"partner\":\"tvto\",\"operation\":\"grade-report\",\"mode\":\"batch\"},\"next\":[{\"to\":\"end\"}]}");

        // warm both nodes up (compiling, pools), so that the figures compare like with like
        for (int i = 0; i < 10; i++) {
            JsonObject c = driver.startAsStaff(card, null);
            driver.doStep(c.getString("trackingCode"), driver.read(c.getString("trackingCode"), play()), play());
        }

        // a few hundred case starts and steps from many callers at once, through the balancer; the node that holds the
        // staff session is killed a third of the way in
        Map<String, String> stepped = new ConcurrentHashMap<>();
        List<String> started = java.util.Collections.synchronizedList(new ArrayList<>());
        List<String> batched = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failed = new AtomicInteger();
        AtomicLong killedAt = new AtomicLong();
        AtomicLong firstAnswerAfterKill = new AtomicLong();
        CountDownLatch third = new CountDownLatch(CASES / 3);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long began = System.nanoTime();
        AtomicLong beforeKill = new AtomicLong();
        for (int i = 0; i < CASES; i++) {
            boolean alsoBatch = i % 4 == 0;
            pool.submit(() -> {
                try {
                    if (alsoBatch) { // queued for the batch rounds, which both nodes run every 5 seconds
                        batched.add(driver.startAsStaff(batchCard, null).getString("trackingCode"));
                    }
                    JsonObject c = driver.startAsStaff(card, null);
                    String code = c.getString("trackingCode");
                    started.add(code);
                    answeredAfterKill(killedAt, firstAnswerAfterKill);
                    JsonObject view = driver.read(code, play());
                    String step = view.getJsonObject("currentStep").getString("id");
                    driver.doStep(code, view, play());
                    stepped.put(code, step);
                    answeredAfterKill(killedAt, firstAnswerAfterKill);
                } catch (Throwable e) {
                    failed.incrementAndGet();
                } finally {
                    third.countDown();
                }
            });
        }
        third.await(10, TimeUnit.MINUTES);
        beforeKill.set(System.nanoTime() - began);
        int doneBeforeKill = stepped.size();
        long killing = System.nanoTime();
        served.kill();
        killedAt.set(System.nanoTime());
        java.sql.Timestamp killed = java.sql.Timestamp.from(java.time.Instant.now());
        // how long the staff whose node died wait before the other node answers them, signed in
        long takeover = -1;
        for (int i = 0; i < 120 && takeover < 0; i++) {
            try {
                if (staff.get("workspace/index.xhtml").contains("id=\"logout\"")) {
                    takeover = (System.nanoTime() - killedAt.get()) / 1_000_000;
                }
            } catch (IOException e) {
                Thread.sleep(250);
            }
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(15, TimeUnit.MINUTES), "the load ends");
        long afterKill = System.nanoTime() - killedAt.get();
        int doneAfterKill = stepped.size() - doneBeforeKill;

        // the staff session and the JSF view it held go on on the other node: the counter's start form, posted now
        String subject = "cluster-" + System.nanoTime();
        int status = staff.post("workspace/inbox.xhtml", "start", inbox,
                Map.of("start:service", card, "start:unit", "tehran-greater-prison", "start:subject", subject,
                        "start:startButton", "start"));
        assertTrue(status == 302 || status == 200, "the form was taken: " + status);
        assertTrue(staff.get("workspace/inbox.xhtml").contains("id=\"logout\""), "still signed in after the kill");
        assertEquals(survivor.name(), staff.route(), "the session went on on the other node");
        assertTrue(takeover >= 0, "the staff were answered by the other node");
        // the citizen too, without a new one-time code
        assertTrue(citizen.get("my-requests.xhtml").contains("id=\"signOut\""), "the citizen is still signed in");
        assertEquals(survivor.name(), citizen.route());

        try (Connection db = DriverManager.getConnection(DB_URL, System.getenv("KHADAMAT_DB_USER"),
                System.getenv("KHADAMAT_DB_PASSWORD"))) {
            assertEquals(1, count(db, "SELECT count(*) FROM service_case WHERE subject_ref = ?", subject),
                    "the case the staff started from the view they opened before the kill, once");
            for (String code : List.copyOf(started)) {
                assertEquals(1, count(db, "SELECT count(*) FROM service_case WHERE tracking_code = ?", code), code);
            }
            for (Map.Entry<String, String> s : stepped.entrySet()) {
                assertEquals(1, count(db, "SELECT count(*) FROM case_event e JOIN service_case c ON c.id = e.case_id"
                        + " WHERE c.tracking_code = ? AND e.step_id = ? AND e.action = 'DONE'", s.getKey(), s.getValue()),
                        "step " + s.getValue() + " of " + s.getKey() + " recorded once");
            }
            assertEquals(0, count(db, "SELECT count(*) - count(DISTINCT tracking_code) FROM service_case"),
                    "tracking codes unique");

            // the timers: each round run by one server, none twice within its interval (both servers' timers fire
            // every 15 seconds), and the rounds went on on the survivor after the kill
            Cluster.waitUntil(() -> count(db, "SELECT count(*) FROM timer_round_run WHERE name = 'retry-waiting-cases'"
                    + " AND node = ? AND started_at > CAST(? AS TIMESTAMP)", survivor.name(), killed.toString()) > 0,
                    Duration.ofSeconds(40));
            List<java.sql.Timestamp> runs = new ArrayList<>();
            try (PreparedStatement q = db.prepareStatement("SELECT started_at FROM timer_round_run"
                    + " WHERE name = 'retry-waiting-cases' ORDER BY round_no")) {
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        runs.add(r.getTimestamp(1));
                    }
                }
            }
            for (int i = 1; i < runs.size(); i++) {
                long gap = runs.get(i).getTime() - runs.get(i - 1).getTime();
                assertTrue(gap >= 13_000, "round " + i + " ran " + gap + " ms after the one before it: " + runs);
            }
            timerRounds = runs.size();

            // each batch request reached the partner, and was sent once; or twice if the dying node had it in a batch
            // in flight: it died before its transaction committed, and the survivor's round sent it again under the
            // same exchangeKey, by which the partner knows it (docs/exchanges.md)
            Cluster.waitUntil(() -> count(db, "SELECT count(*) FROM pending_exchange WHERE partner = 'tvto' AND state <> 'CONSUMED'") == 0,
                    Duration.ofSeconds(60));
            Map<String, List<Long>> received = partner.received();
            for (String code : List.copyOf(batched)) {
                assertEquals(1, count(db, "SELECT count(*) FROM pending_exchange WHERE tracking_code = ?", code), code);
                String key = String.valueOf(count(db, "SELECT id FROM pending_exchange WHERE tracking_code = ?", code));
                assertTrue(received.containsKey(key), code + "'s request (" + key + ") reached the partner");
                assertEquals(1, count(db, "SELECT count(*) FROM case_event e JOIN service_case c ON c.id = e.case_id"
                        + " WHERE c.tracking_code = ? AND e.step_id = 's1' AND e.action = 'DONE'", code), code + ": answered once");
                assertEquals(1, count(db, "SELECT count(*) FROM service_case WHERE tracking_code = ? AND status = 'CLOSED'", code),
                        code + " went on to its end");
            }
            for (Map.Entry<String, List<Long>> r : received.entrySet()) {
                List<Long> times = r.getValue();
                assertTrue(times.size() == 1 || times.size() == 2 && times.get(0) < killedAt.get() && times.get(1) > killing,
                        "request " + r.getKey() + " sent once, or again only after its node died: " + times.size() + " times");
            }
            resent = received.values().stream().filter(t -> t.size() > 1).count();
            batchRequests = received.size();
        }
        assertTrue(started.size() >= CASES / 2, "most starts answered: " + started.size() + " of " + CASES);

        System.out.printf("%nCluster (2 nodes on this %d-core machine, WildFly's load balancer, PostgreSQL):%n",
                Runtime.getRuntime().availableProcessors());
        System.out.printf("  cases started and stepped a second: %.1f with two nodes, %.1f with one%n",
                doneBeforeKill / (beforeKill.get() / 1e9), doneAfterKill / (afterKill / 1e9));
        System.out.printf("  after the kill: the first answer to anyone in %d ms, the signed-in staff of the dead node"
                        + " answered by the other, signed in, in %d ms; calls refused or cut by the kill: %d of %d%n",
                firstAnswerAfterKill.get() == 0 ? -1 : (firstAnswerAfterKill.get() - killedAt.get()) / 1_000_000,
                takeover, failed.get(), CASES);
        System.out.printf("  starts answered 2xx: %d, steps answered 2xx: %d, each found exactly once;"
                + " %d rounds of the 15-second retry timer, each run by one server%n", started.size(), stepped.size(),
                timerRounds);
        System.out.printf("  batch requests to the partner: %d, each answered once; sent again by the survivor after the"
                + " kill (in flight on the dead node): %d%n", batchRequests, resent);
    }

    /**
     * The one-time code the mobile's phone got: the demonstration's phones are in the memory of the node that sent the
     * SMS (DemoSms), so both nodes are asked on their own addresses; the balancer may send a visitor to either.
     */
    private static String codeSentTo(String mobile) {
        AssertionError none = null;
        for (Cluster.Node node : List.of(first, second)) {
            try {
                return new CaseDriver(new Http(URI.create(node.address()).toURL())).lastCodeSentTo(mobile);
            } catch (AssertionError e) {
                none = e;
            } catch (java.net.MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }
        throw none;
    }

    /** A REST call on the node's own address with a wrong password for the account; its status. */
    private static int wrongPassword(Cluster.Node node, String account) throws IOException, InterruptedException {
        return basic(node, account, "wrong", "api/users/me").statusCode();
    }

    /** A GET on the node's own address, signed in with HTTP Basic. */
    private static HttpResponse<String> basic(Cluster.Node node, String account, String password, String path)
            throws IOException, InterruptedException {
        String basic = java.util.Base64.getEncoder().encodeToString((account + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(node.address() + path))
                .header("Authorization", "Basic " + basic).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void answeredAfterKill(AtomicLong killedAt, AtomicLong firstAnswer) {
        long killed = killedAt.get();
        if (killed != 0) {
            firstAnswer.compareAndSet(0, System.nanoTime());
        }
    }

    private static CaseDriver.Play play() {
        return new CaseDriver.Play("tehran-staff", "tehran-admin", null,
                Map.of("prisonerNumber", "C" + System.nanoTime(), "nationalCode", CaseDriver.nationalCode()), Map.of());
    }

    private static long count(Connection db, String sql, String... parameters) throws SQLException {
        try (PreparedStatement q = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setString(i + 1, parameters[i]);
            }
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** A browser's session, as far as the test needs one: its cookies, form login, a JSF form posted back. */
    private static final class Session {
        private final String base;
        private final CookieManager cookies = new CookieManager();
        /** What each request of the session answered (method, path, status, where it redirected), for a failure's message. */
        private final List<String> trace = new ArrayList<>();
        private final HttpClient client;

        Session(String base) {
            this.base = base;
            this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(10)).build();
        }

        void signIn(String user) throws IOException, InterruptedException {
            get("workspace/index.xhtml");
            send(HttpRequest.newBuilder(URI.create(base + "j_security_check"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("j_username=" + user + "&j_password=" + Http.DEMO_PASSWORD)));
        }

        /** Signs in on «درخواست‌های من» as a citizen does: national code and mobile, then the code sent to it. */
        void signInWithCode(java.util.function.UnaryOperator<String> codeSentTo, String nationalCode, String mobile)
                throws IOException, InterruptedException {
            String page = get("my-requests.xhtml");
            post("my-requests.xhtml", "person", page, Map.of("person:nationalCode", nationalCode, "person:mobile", mobile,
                    "person:sendCode", "send"));
            page = get("my-requests.xhtml");
            post("my-requests.xhtml", "person", page, Map.of("person:nationalCode", nationalCode, "person:mobile", mobile,
                    "person:code", codeSentTo.apply(mobile), "person:signIn", "sign in"));
        }

        String get(String path) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(URI.create(base + path)).GET()).body();
        }

        /** Posts a form of a page as the browser would: its hidden fields (the view state among them) and the values. */
        int post(String path, String form, String page, Map<String, String> values) throws IOException, InterruptedException {
            Map<String, String> fields = new LinkedHashMap<>(hiddenFields(page, form));
            fields.put(form, form);
            // PrimeFaces' script puts the response's CSP nonce into each form; a stateful view's postback needs it
            Matcher nonce = Pattern.compile("nonce=\"([^\"]+)\"").matcher(page);
            if (nonce.find()) {
                fields.put("primefaces.nonce", nonce.group(1));
            }
            fields.putAll(values);
            StringBuilder body = new StringBuilder();
            fields.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(Http.encode(k)).append('=')
                    .append(Http.encode(v)));
            return send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", base.replaceAll("/$", ""))
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString()))).statusCode();
        }

        /** The node the session lives on, from its cookie's route ({@code JSESSIONID=....node1}). */
        String route() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                    .map(HttpCookie::getValue).map(v -> v.substring(v.lastIndexOf('.') + 1)).findFirst().orElse("");
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            HttpResponse<String> r = client.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            trace.add(r.request().method() + " " + r.uri().getPath() + " " + r.statusCode()
                    + r.headers().firstValue("Location").map(l -> " -> " + l).orElse("")
                    + r.headers().allValues("Set-Cookie").stream().map(c -> " [" + c.replaceAll("^([^=]+=)[^.;]*", "$1…") + "]")
                    .collect(java.util.stream.Collectors.joining()));
            return r;
        }

        private static Map<String, String> hiddenFields(String page, String form) {
            int start = page.indexOf("<form id=\"" + form + "\"");
            String html = page.substring(start, page.indexOf("</form>", start));
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher m = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"").matcher(html);
            while (m.find()) {
                fields.put(m.group(1).replace("&amp;", "&"), m.group(2).replace("&amp;", "&"));
            }
            return fields;
        }
    }

    /**
     * The partner on the other side of the batch, as the test sees it: an HTTP server on the loopback that answers
     * {@code POST /tvto/grade-report/batch} in order, a second after it was called (so a batch is in flight for a
     * while), and remembers when it received each request, by its exchangeKey.
     */
    private static final class Partner {
        private final com.sun.net.httpserver.HttpServer server;
        private final Map<String, List<Long>> received = new ConcurrentHashMap<>();

        private Partner(com.sun.net.httpserver.HttpServer server) {
            this.server = server;
        }

        static Partner start() throws IOException {
            com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                    new java.net.InetSocketAddress("127.0.0.1", 0), 0);
            Partner partner = new Partner(server);
            server.createContext("/tvto/", partner::answer);
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.start();
            return partner;
        }

        String address() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/tvto/";
        }

        void stop() {
            server.stop(0);
            ((ExecutorService) server.getExecutor()).shutdownNow();
        }

        Map<String, List<Long>> received() {
            return Map.copyOf(received);
        }

        private void answer(com.sun.net.httpserver.HttpExchange exchange) throws IOException {
            long at = System.nanoTime();
            try {
                jakarta.json.JsonArray batch = jakarta.json.Json.createReader(exchange.getRequestBody()).readArray();
                jakarta.json.JsonArrayBuilder answers = jakarta.json.Json.createArrayBuilder();
                for (JsonObject request : batch.getValuesAs(JsonObject.class)) {
                    received.computeIfAbsent(request.getString("exchangeKey"),
                            k -> java.util.Collections.synchronizedList(new ArrayList<>())).add(at);
                    answers.add(jakarta.json.Json.createObjectBuilder().add("received", "yes"));
                }
                Thread.sleep(1000);
                byte[] body = answers.build().toString().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            } catch (RuntimeException | InterruptedException e) {
                exchange.sendResponseHeaders(400, -1);
            } finally {
                exchange.close();
            }
        }
    }
}
