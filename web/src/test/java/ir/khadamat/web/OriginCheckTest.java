package ir.khadamat.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** How origins are compared: scheme, host and port, the default port written out; anything else is no origin. */
class OriginCheckTest {

    @Test
    void originsAreComparedBySchemeHostAndPort() {
        assertEquals("https://khadamat.example.ir:443", OriginCheck.normalise("https://Khadamat.Example.IR"));
        assertEquals("https://khadamat.example.ir:443", OriginCheck.normalise("https://khadamat.example.ir:443"));
        assertEquals("http://localhost:8080", OriginCheck.normalise("http://localhost:8080"));
        assertEquals("http://localhost:80", OriginCheck.normalise("http://localhost"));
    }

    @Test
    void opaqueOrOtherSchemesAreNoOrigin() {
        assertNull(OriginCheck.normalise("null"), "a sandboxed frame or a file page");
        assertNull(OriginCheck.normalise("file:///tmp/x.html"));
        assertNull(OriginCheck.normalise("chrome-extension://abc"));
        assertNull(OriginCheck.normalise("not a url"));
    }
}
