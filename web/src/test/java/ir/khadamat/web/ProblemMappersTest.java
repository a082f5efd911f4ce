package ir.khadamat.web;

import ir.khadamat.catalog.CatalogPage;
import ir.khadamat.catalog.rest.CardResource;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProblemMappersTest {

    @Test
    void theContainersMessagesAreNotShownOwnMessagesAre() {
        assertEquals("The request was refused: Bad Request", ProblemMappers.HttpError.detail(
                "RESTEASY003320: Failed processing arguments of public ir.khadamat.catalog.CatalogPage "
                        + "ir.khadamat.catalog.rest.CardResource.search(java.lang.String)", Response.Status.BAD_REQUEST));
        assertEquals("The request was refused: Not Found",
                ProblemMappers.HttpError.detail("HTTP 404 Not Found", Response.Status.NOT_FOUND));
        assertEquals("The request was refused: Forbidden", ProblemMappers.HttpError.detail(null, Response.Status.FORBIDDEN));
        assertEquals("Only a system admin", ProblemMappers.HttpError.detail("Only a system admin", Response.Status.FORBIDDEN));
    }
}
