package ir.khadamat.web;

import ir.khadamat.testing.ClientTest;
import ir.khadamat.testing.Http;
import jakarta.json.JsonObject;
import java.net.SocketException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile and broken input at the REST layer (issue 10 §1–2): every JSON body is read with limits before it is
 * bound, a role is checked before a body is read, and every mistake of the caller is a 4xx problem+JSON naming the
 * field (JSON Pointer, or {@code body}) or the parameter; afterwards the application still answers.
 */
class RestInputIT extends ClientTest {

    /** The body that made Parsson's skip spin for good (eclipse-ee4j/parsson#23). */
    static final String SPIN = "{\"a\":{";

    /** Every POST/PUT of the API that takes a JSON body, with the demonstration user whose role it needs. */
    static final List<String[]> JSON_ENDPOINTS = List.of(
            new String[]{"POST", "/api/public/codes", null},
            new String[]{"POST", "/api/public/cases", null},
            new String[]{"POST", "/api/public/cases/KH-NONE/token", null},
            new String[]{"POST", "/api/public/cases/KH-NONE/steps/review?basedOn=1", null},
            new String[]{"POST", "/api/public/cases/KH-NONE/slots/hold", null},
            new String[]{"POST", "/api/cards", "tehran-admin"},
            new String[]{"POST", "/api/cards/import", "tehran-admin"},
            new String[]{"PUT", "/api/cards/no-such-card?basedOn=1", "tehran-admin"},
            new String[]{"POST", "/api/cards/no-such-card/upstream?basedOn=1", "tehran-admin"},
            new String[]{"PUT", "/api/cards/no-such-card/process?basedOn=1", "tehran-admin"},
            new String[]{"POST", "/api/review/cards/prisoner-visits/request-changes?basedOn=1", "reviewer"},
            new String[]{"POST", "/api/review/cards/prisoner-visits/comments", "reviewer"},
            new String[]{"POST", "/api/review/cards/prisoner-visits/approve?basedOn=1", "reviewer"},
            new String[]{"POST", "/api/cases", "tehran-staff"},
            new String[]{"POST", "/api/cases/KH-NONE/steps/review?basedOn=1", "tehran-staff"},
            new String[]{"POST", "/api/cases/KH-NONE/letter-reply", "tehran-staff"},
            new String[]{"POST", "/api/cases/KH-NONE/slots/hold", "tehran-staff"},
            new String[]{"POST", "/api/units/no-such-unit/slots", "tehran-admin"},
            new String[]{"POST", "/api/units/no-such-unit/closed-days", "tehran-admin"},
            new String[]{"POST", "/api/users", "sysadmin"},
            new String[]{"POST", "/api/partner-simulator/judiciary/inquiry", null},
            new String[]{"POST", "/api/partner-simulator/judiciary/inquiry/batch", null});

    private final Map<String, Http> sessions = new HashMap<>();

    private Http anonymous() {
        return new Http(base);
    }

    private Http as(String user) {
        return user == null ? anonymous() : sessions.computeIfAbsent(user, u -> new Http(base).signedIn(u));
    }

    private static Http.Reply send(Http http, String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.base() + path))
                .header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request);
    }

    private static Http.Reply json(Http http, String method, String path, String body) {
        return send(http, method, path, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    /** A problem+JSON answer of that status; gives its body. */
    private static JsonObject problem(Http.Reply reply, int status, String what) {
        assertEquals(status, reply.status(), what + ": " + reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), what + ": " + reply.contentType());
        JsonObject problem = reply.json();
        assertEquals(status, problem.getInt("status"), what);
        return problem;
    }

    /** A 400 problem naming this field. */
    private static void namesField(Http.Reply reply, String field, String what) {
        JsonObject problem = problem(reply, 400, what);
        assertTrue(problem.containsKey("errors") && !problem.isNull("errors"), what + ": " + problem);
        assertEquals(field, problem.getJsonArray("errors").getJsonObject(0).getString("field"), what + ": " + problem);
    }

    /** A 400 problem naming this parameter. */
    private static void namesParameter(Http.Reply reply, String parameter, String what) {
        JsonObject problem = problem(reply, 400, what);
        assertEquals(parameter, problem.getString("parameter"), what + ": " + problem);
    }

    @AfterEach
    void theApplicationStillAnswers() {
        assertEquals(200, anonymous().get("/api/cards?size=1").status());
        assertEquals(200, as("tehran-staff").get("/api/users/me").status());
        // a good body is still bound and reaches the service, which names what is missing
        namesParameter(json(anonymous(), "POST", "/api/public/cases", "{\"cardKey\":\"prisoner-visits\"}"), "cardKey",
                "a body without its province");
    }

    @Test
    void sixBytesAnswerAtOnceEverywhereAnonymousAndSignedIn() {
        List<String> slow = new ArrayList<>();
        for (String[] endpoint : JSON_ENDPOINTS) {
            for (String user : endpoint[2] == null ? new String[]{null, "tehran-staff"} : new String[]{null, endpoint[2]}) {
                long start = System.nanoTime();
                Http.Reply reply = json(as(user), endpoint[0], endpoint[1], SPIN);
                long millis = (System.nanoTime() - start) / 1_000_000;
                String what = endpoint[0] + " " + endpoint[1] + " as " + (user == null ? "anonymous" : user);
                if (millis > 2000) {
                    slow.add(what + " took " + millis + " ms");
                }
                if (user == null && endpoint[2] != null) {
                    // the role is checked before the body is read
                    problem(reply, 401, what);
                    assertTrue(reply.body().contains("Sign in"), what);
                } else {
                    problem(reply, 400, what);
                }
            }
        }
        assertTrue(slow.isEmpty(), "answers within 2 s: " + slow);
    }

    @Test
    void aRoleIsCheckedBeforeTheBodyIsRead() throws IOException {
        Http.Reply anonymous = json(anonymous(), "POST", "/api/units/no-such-unit/slots", "[" .repeat(10_000));
        problem(anonymous, 401, "anonymous");
        Http.Reply wrongRole = json(as("tehran-staff"), "POST", "/api/units/no-such-unit/slots", SPIN);
        problem(wrongRole, 403, "province-staff adds a slot");
        Http.Reply basic = send(anonymous().as("tehran-staff"), "POST", "/api/users", "application/json", new byte[0]);
        problem(basic, 403, "province-staff adds a user, HTTP Basic");
        Http.Reply me = anonymous().get("/api/users/me");
        problem(me, 401, "who am I, anonymously");
        Http.Reply desk = anonymous().get("/api/review/desk");
        problem(desk, 401, "the review desk, anonymously (refused by the EJB)");
        for (String path : List.of("/api/users/me", "/api/review/desk")) {
            String head = raw(path)[1].toLowerCase(Locale.ROOT);
            assertTrue(head.contains("www-authenticate: basic"), path + ": " + head);
        }
    }

    @Test
    void brokenJsonIsRefusedNamingWhereItBroke() {
        Http http = anonymous();
        namesField(json(http, "POST", "/api/public/codes", "{\"nationalCode\":\"001"), "/nationalCode", "truncated string");
        namesField(json(http, "POST", "/api/public/codes", "{\"nationalCode\":\"0013542419\""), "/nationalCode", "truncated object");
        namesField(json(http, "POST", "/api/public/codes", "{} {}"), "body", "trailing value");
        namesField(json(http, "POST", "/api/public/codes", "{\"mobile\":\"0912\"} x"), "body", "trailing garbage");
        Http.Reply deep = json(http, "POST", "/api/public/codes", "[".repeat(10_000));
        JsonObject problem = problem(deep, 400, "10,000 [");
        assertTrue(problem.getString("detail").contains("deeper"), problem.toString());
        namesField(json(http, "POST", "/api/public/codes", "{\"mobile\":\"" + "9".repeat(100_001) + "\"}"), "/mobile",
                "a string over the limit");
    }

    @Test
    void jsonOfTheWrongShapeIsRefusedByField() {
        Http http = anonymous();
        namesField(json(http, "POST", "/api/public/codes", "[]"), "body", "[] for an object");
        namesField(json(http, "POST", "/api/public/codes", "{\"nationalCode\":{}}"), "/nationalCode", "object for a string");
        namesField(json(http, "POST", "/api/public/codes", "{\"nationalCode\":\"1\",\"colour\":\"red\"}"), "/colour",
                "unknown property");
        namesField(json(http, "POST", "/api/public/codes", "{\"a\":{\"b\":[1,2,{}]}}"), "/a", "unknown property with a value");
        Http admin = as("tehran-admin");
        namesField(json(admin, "POST", "/api/units/no-such-unit/slots",
                "{\"visitType\":\"IN_PERSON\",\"dayOfWeek\":99999999999}"), "/dayOfWeek", "int overflow");
        namesField(json(admin, "POST", "/api/units/no-such-unit/slots", "{\"dayOfWeek\":\"monday\"}"), "/dayOfWeek",
                "text for an int");
        namesField(json(admin, "POST", "/api/cards", "{\"specification\":{\"levels\":[\"MARS\"]}}"),
                "/specification/levels/0", "unknown enum value");
        JsonObject list = problem(json(admin, "POST", "/api/cards/no-such-card/upstream?basedOn=1",
                "{\"path\":\"/summary\"}"), 400, "an object for a list");
        assertEquals(1, list.getJsonArray("errors").size(), list.toString());
    }

    @Test
    void bytesAndCharsetsThatAreNotUtf8AreRefused() {
        Http http = anonymous();
        byte[] invalid = {'{', '"', 'm', 'o', 'b', 'i', 'l', 'e', '"', ':', '"', (byte) 0xFF, (byte) 0xC3, '"', '}'};
        namesField(send(http, "POST", "/api/public/codes", "application/json", invalid), "body", "invalid UTF-8");
        Http.Reply charset = send(http, "POST", "/api/public/codes", "application/json; charset=foo",
                "{}".getBytes(StandardCharsets.UTF_8));
        JsonObject problem = problem(charset, 400, "charset=foo");
        assertTrue(problem.getString("detail").contains("charset"), problem.toString());
        Http.Reply latin = send(http, "POST", "/api/public/cases", "application/json; charset=ISO-8859-1",
                "{\"cardKey\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));
        namesParameter(latin, "cardKey", "a charset that is known is taken, the body bound");
    }

    @Test
    void contentTypesMethodsAndAcceptsAreProblems() {
        Http http = anonymous();
        Http.Reply garbage = send(http, "POST", "/api/public/codes", "garbage", "{}".getBytes(StandardCharsets.UTF_8));
        assertTrue(garbage.status() == 400 || garbage.status() == 415, "Content-Type: garbage: " + garbage.status());
        problem(garbage, garbage.status(), "Content-Type: garbage");
        problem(send(http, "POST", "/api/public/codes", "text/xml", "<a/>".getBytes(StandardCharsets.UTF_8)), 415,
                "text/xml");
        Http.Reply method = send(http, "DELETE", "/api/public/codes", null, new byte[0]);
        problem(method, 405, "DELETE");
        Http.Reply accept = http.send(HttpRequest.newBuilder(URI.create(http.base() + "/api/cards")).header("Accept", "text/xml").GET());
        problem(accept, 406, "Accept: text/xml");
        problem(http.get("/api/no-such-thing"), 404, "no such resource");
    }

    @Test
    void bodiesOverTheLimitAre413() throws Exception {
        byte[] twoMegabytes = ("[" + "\"9999999999\",".repeat(200_000) + "\"9\"]").getBytes(StandardCharsets.UTF_8);
        // with its length: refused before it is read
        String[] sized = rawPost("/api/public/codes", "Content-Type: application/json\r\nContent-Length: "
                + twoMegabytes.length + "\r\n", twoMegabytes, false);
        rawProblem(sized, 413, "2 MB of JSON");
        // without a length (chunked): refused while it is read, at the limit
        String[] chunked = rawPost("/api/public/codes", "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n",
                twoMegabytes, true);
        rawProblem(chunked, 413, "2 MB of chunked JSON");
        // an upload over the API's limit (10 MiB)
        byte[] elevenMegabytes = new byte[10 * 1024 * 1024 + 1024];
        String staff = Base64.getEncoder().encodeToString(("tehran-staff:" + Http.DEMO_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        String[] upload = rawPost("/api/cases/KH-NONE/documents?step=a&name=b&fileName=c.pdf", "Authorization: Basic "
                + staff + "\r\nContent-Type: application/pdf\r\nContent-Length: " + elevenMegabytes.length + "\r\n",
                elevenMegabytes, false);
        rawProblem(upload, 413, "10 MiB + 1 KiB upload");
        String[] chunkedUpload = rawPost("/api/cases/KH-NONE/documents?step=a&name=b&fileName=c.pdf", "Authorization: Basic "
                + staff + "\r\nContent-Type: application/pdf\r\nTransfer-Encoding: chunked\r\n", elevenMegabytes, true);
        rawProblem(chunkedUpload, 413, "10 MiB + 1 KiB chunked upload");
    }

    private static void rawProblem(String[] answer, int status, String what) {
        String reply = answer[0] + "\n" + answer[1];
        assertTrue(answer[0].startsWith("HTTP/1.1 " + status), what + ": " + reply);
        assertTrue(answer[1].toLowerCase(Locale.ROOT).contains("content-type: application/problem+json"),
                what + ": " + reply);
    }

    @Test
    void nonNumericIntegerParametersAre400NamingThem() {
        Http staff = as("tehran-staff");
        namesParameter(staff.get("/api/cases?page=abc"), "page", "page=abc");
        namesParameter(staff.get("/api/cases?size=1e3"), "size", "size=1e3");
        namesParameter(staff.get("/api/cases?page=99999999999"), "page", "page overflow");
        namesParameter(as("sysadmin").get("/api/cases/outbox?max=lots"), "max", "max=lots");
        Http http = anonymous();
        namesParameter(http.get("/api/cards/prisoner-visits/versions/first"), "n", "version path segment");
        namesParameter(http.get("/api/cards/prisoner-visits/diff?from=1&to=x"), "to", "diff to=x");
        namesParameter(http.send(HttpRequest.newBuilder(URI.create(http.base() + "/api/cards/prisoner-visits/pdf?version=v2"))
                .header("Accept", "application/pdf").GET()), "version", "pdf version=v2");
        namesParameter(json(as("tehran-admin"), "PUT", "/api/cards/no-such-card?basedOn=latest", "{}"), "basedOn",
                "basedOn=latest");
        assertEquals(200, as("tehran-staff").get("/api/cases?page=0&size=5").status(), "numbers still work");
    }

    @Test
    void anInvalidUtf8PathIsAProblemNotAPage() throws IOException {
        for (String path : List.of("/api/cards/%FF%FE", "/api/public/cases/%C3%28")) {
            String[] answer = raw(path);
            String what = "GET " + path + ": " + answer[0] + " " + answer[1];
            assertTrue(answer[0].matches("HTTP/1\\.1 4\\d\\d.*"), what);
            assertTrue(answer[1].toLowerCase(Locale.ROOT).contains("content-type: application/problem+json"), what);
        }
        // a raw byte that is not ASCII makes the request line something other than HTTP (RFC 9112 §3.2): the HTTP parser
        // refuses it before the application, with a bare 400 — no page, no trace (docs/security-rest.md)
        String[] answer = raw("/api/cards/\u00ff");
        String what = "GET /api/cards/\\xFF: " + answer[0] + " " + answer[1];
        assertTrue(answer[0].matches("HTTP/1\\.1 400.*"), what);
        assertFalse(answer[1].toLowerCase(Locale.ROOT).contains("text/html"), what);
    }

    /**
     * A POST written by hand on its own socket while its answer is read: a server that refuses the body early
     * answers before the client has sent it all. The status line, the headers and the body.
     */
    private String[] rawPost(String path, String headers, byte[] body, boolean chunked) throws Exception {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            Thread writer = new Thread(() -> {
                try {
                    out.write(("POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nAccept: application/json\r\n"
                            + "Connection: close\r\n" + headers + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    for (int at = 0; at < body.length; at += 65_536) {
                        int n = Math.min(65_536, body.length - at);
                        if (chunked) {
                            out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                        }
                        out.write(body, at, n);
                        if (chunked) {
                            out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                        }
                    }
                    if (chunked) {
                        out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    }
                    out.flush();
                } catch (IOException e) {
                    // the server answered and closed before the whole body was sent: what is being tested
                }
            });
            writer.setDaemon(true);
            writer.start();
            String[] answer = answer(socket.getInputStream());
            writer.join(20_000);
            return answer;
        }
    }

    private static String[] answer(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try {
            in.transferTo(all);
        } catch (SocketException e) {
            // reset after the answer: what was read is the answer
        }
        String text = all.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        int line = head.indexOf("\r\n");
        return new String[]{line < 0 ? head : head.substring(0, line), head, end < 0 ? "" : text.substring(end + 4)};
    }

    /** A request written by hand, bytes as given (ISO-8859-1): the status line, the headers and the body. */
    private String[] raw(String path) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nAccept: application/json\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return answer(socket.getInputStream());
        }
    }
}
