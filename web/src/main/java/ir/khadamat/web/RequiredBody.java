package ir.khadamat.web;

import ir.khadamat.catalog.InvalidCard;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * A JSON body that reads as {@code null} (the literal {@code null}) where an operation takes an object: a 400 naming
 * the body, for every endpoint at once, instead of each resource meeting a null (a NullPointerException, a 500).
 * An empty body is left to the resource, as before (several take it as "no values"); text and file bodies too.
 */
@Provider
public class RequiredBody implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException, WebApplicationException {
        Class<?> type = context.getType();
        boolean json = context.getMediaType() != null && context.getMediaType().getSubtype().endsWith("json");
        if (!json || type == String.class || type == byte[].class || type.isPrimitive()) {
            return context.proceed();
        }
        Counting counted = new Counting(context.getInputStream());
        context.setInputStream(counted);
        Object body = context.proceed();
        if (body == null && counted.nonBlank) {
            throw new InvalidCard(List.of(new InvalidCard.Violation("body", "A JSON object is required as the body")));
        }
        return body;
    }

    /** Notes whether anything but white space was read. */
    private static final class Counting extends FilterInputStream {
        boolean nonBlank;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            note(b);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            for (int i = 0; i < n && !nonBlank; i++) {
                note(buffer[offset + i]);
            }
            return n;
        }

        private void note(int b) {
            if (b >= 0 && b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                nonBlank = true;
            }
        }
    }
}
