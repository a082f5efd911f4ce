package ir.khadamat.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The REST API, under {@code /api}; its OpenAPI document is served by WildFly at {@code /openapi}. */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Khadamat API", version = "1",
        description = "The national catalogue of service identity cards (شناسنامه خدمت) and the services it runs. "
                + "Errors are application/problem+json (RFC 9457) and name the parameter or field at fault."))
public class RestApplication extends Application {
}
