package ir.khadamat.json;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider the application builds, reads and writes JSON with, looked up once. {@code Json.createReader}
 * and its kin look the provider up again on every call — a ServiceLoader scan of the deployment's class path (jar
 * entries, VFS paths); in the server that was a third of the time of a case's step, and a second for one process
 * definition of a few thousand values. Use {@code SharedJson.JSON.createObjectBuilder()} where {@code Json.} was.
 */
public final class SharedJson {

    public static final JsonProvider JSON = JsonProvider.provider();

    private SharedJson() {
    }
}
