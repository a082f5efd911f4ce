package ir.khadamat.web.throttle;

import ir.khadamat.throttle.Throttled;
import ir.khadamat.web.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A throttle refused the call: 429, {@code Retry-After} in seconds, a problem+JSON body naming the limit. */
@Provider
public class TooManyRequests implements ExceptionMapper<Throttled> {

    @Override
    public Response toResponse(Throttled e) {
        return Response.fromResponse(new Problem("about:blank", "Too Many Requests", 429, e.getMessage(), e.what(), null).toResponse())
                .header("Retry-After", e.retryAfterSeconds()).header("Cache-Control", "no-store").build();
    }
}
