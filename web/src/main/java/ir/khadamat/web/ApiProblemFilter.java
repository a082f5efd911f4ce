package ir.khadamat.web;

import ir.khadamat.json.BoundedJson;
import ir.khadamat.settings.Settings;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every answer under {@code /api} is problem+JSON, also those the JAX-RS layer never gets to write itself: an error
 * the container sends ({@code sendError}: an unparseable content type, a request RESTEasy cannot dispatch) and a
 * failure that escapes it. The servlet error pages (HTML, for the screens) are never shown to an API client.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class ApiProblemFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(ApiProblemFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        ProblemResponse wrapped = new ProblemResponse(request, response);
        String type = request.getContentType();
        if (type != null && isJson(type) && request.getContentLengthLong()
                > BoundedJson.Limits.configured().maxChars()) {
            // refused before a byte of it is read
            write(response, 413, "Content Too Large", "body: larger than "
                    + BoundedJson.Limits.configured().maxChars() + " bytes");
            return;
        }
        String withNul = nulIn(request);
        if (withNul != null) {
            // PostgreSQL cannot store a NUL in text (H2 can): refused here, for every parameter at once, not as a 500 there
            write(response, 400, "Invalid parameter", withNul + ": contains a NUL character", withNul);
            return;
        }
        long bodyLimit = maxBodySize();
        if (request.getContentLengthLong() > bodyLimit) {
            write(response, 413, "Content Too Large", "body: larger than " + bodyLimit + " bytes");
            return;
        }
        try {
            chain.doFilter(new LimitedRequest(request, bodyLimit), wrapped);
        } catch (IOException | ServletException | RuntimeException e) {
            if (response.isCommitted()) {
                throw e;
            }
            if (hasTooLarge(e)) {
                write(response, 413, "Content Too Large", "body: larger than the server takes");
            } else if (isCallersMistake(e)) {
                InputProblems.LOG.fine(() -> "Refused (400) " + request.getMethod() + " " + request.getRequestURI() + ": " + e);
                write(response, 400, "Bad Request", "The request cannot be read: check its content type, charset and body",
                        unreadable(request));
            } else {
                LOG.log(Level.SEVERE, "Unexpected failure of a REST call", e);
                write(response, 500, "Internal Server Error", "The server could not complete the request; it has been logged.");
            }
        }
    }

    /**
     * The largest body of any API request ({@value #MAX_BODY}, default 10 MiB), below Undertow's own
     * {@code max-post-size} (11 MiB), which answers a bare 400 before the application sees the request.
     */
    static long maxBodySize() {
        return Settings.positive(MAX_BODY, 10_485_760L);
    }

    static final String MAX_BODY = "khadamat.api.max-body-size";

    /** A request whose body stops at the limit: a body sent without a length (chunked) is refused at the first byte over. */
    private static final class LimitedRequest extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long count;

                    private int counted(int n) {
                        if (n > 0) {
                            count += n;
                            if (count > limit) {
                                throw InputRefused.body(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                                        "body", "larger than " + limit + " bytes");
                            }
                        }
                        return n;
                    }

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            counted(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        return counted(in.read(b, off, len));
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }

    private static boolean isJson(String contentType) {
        String t = contentType.toLowerCase(Locale.ROOT);
        int semicolon = t.indexOf(';');
        t = (semicolon < 0 ? t : t.substring(0, semicolon)).strip();
        return t.equals("application/json") || (t.startsWith("application/") && t.endsWith("+json"));
    }

    private static boolean hasTooLarge(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (InputProblems.tooLarge(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCallersMistake(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof IllegalArgumentException || c instanceof CharacterCodingException
                    || c instanceof UnsupportedEncodingException) {
                return true;
            }
        }
        return false;
    }

    static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        write(response, status, title, detail, status == 415 ? "Content-Type" : null);
    }

    static void write(HttpServletResponse response, int status, String title, String detail, String parameter)
            throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        byte[] bytes = new Problem("about:blank", title, status, detail, parameter, null).toJson()
                .getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
        response.flushBuffer();
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            default -> "Error";
        };
    }

    /** What of the request the container could not take: its content type or its path; {@code null} if neither. */
    /** The query parameter (or {@code path}) whose decoded text holds a NUL, or {@code null}. */
    static String nulIn(HttpServletRequest request) {
        String uri = request.getRequestURI();
        if (uri != null && uri.toLowerCase(Locale.ROOT).contains("%00")) {
            return "path";
        }
        String query = request.getQueryString();
        if (query == null || !query.contains("%00")) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            if (pair.contains("%00")) {
                try {
                    String decoded = URLDecoder.decode(name, StandardCharsets.UTF_8);
                    return decoded.isEmpty() || decoded.indexOf('\u0000') >= 0 ? "query" : decoded;
                } catch (IllegalArgumentException e) {
                    return "query";
                }
            }
        }
        return null;
    }

    static String unreadable(HttpServletRequest request) {
        String type = request.getContentType();
        if (type != null) {
            try {
                MediaType.valueOf(type);
            } catch (RuntimeException e) {
                return "Content-Type";
            }
        }
        String uri = request.getRequestURI();
        try {
            byte[] bytes = URLDecoder.decode(uri.replace("+", "%2B"), StandardCharsets.ISO_8859_1)
                    .getBytes(StandardCharsets.ISO_8859_1);
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
        } catch (RuntimeException | CharacterCodingException e) {
            return "path";
        }
        return null;
    }

    /** Turns the container's error pages into problem+JSON. */
    private static final class ProblemResponse extends HttpServletResponseWrapper {
        private final HttpServletRequest request;

        ProblemResponse(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (isCommitted()) {
                super.sendError(status, message);
                return;
            }
            String parameter = status == 415 ? "Content-Type" : status == 400 ? unreadable(request) : null;
            write((HttpServletResponse) getResponse(), status, reason(status), status == 415
                    ? "This resource does not take this content type (the API document, /openapi, lists the types each operation takes)"
                    : "Content-Type".equals(parameter) ? "Content-Type: not a media type"
                    : "path".equals(parameter) ? "path: not UTF-8"
                    : status >= 500 ? "The server could not complete the request" : "The request cannot be served as sent",
                    parameter);
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }
    }
}
