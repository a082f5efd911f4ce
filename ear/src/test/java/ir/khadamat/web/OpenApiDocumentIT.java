package ir.khadamat.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import ir.khadamat.testing.ClientTest;
import ir.khadamat.testing.Http;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The API's OpenAPI document ({@code /openapi}), read by swagger.io's parser (a validator of its own, not ours): no
 * message about it at all (the licence and further documentation included, which WildFly writes empty unless set:
 * configure-server.cli); every operation has a unique operationId, a tag, its security (the schemes declared), an
 * example of each path and query parameter, and its
 * errors as problem+JSON (ApiDocument). ApiFuzzIT checks the errors against what the operations answer.
 */
class OpenApiDocumentIT extends ClientTest {

    @Test
    void theDocumentValidatesAndDescribesEveryOperation() {
        String json = new Http(base).get("/openapi?format=JSON").body();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(json, null, options);
        List<String> messages = new ArrayList<>(result.getMessages());
        assertEquals(List.of(), messages, "what swagger-parser says about the document");
        OpenAPI api = result.getOpenAPI();
        assertNotNull(api);
        assertEquals("Terms of use of the operating organization", api.getInfo().getLicense().getName());
        assertEquals("LicenseRef-Operator-Terms", api.getInfo().getLicense().getIdentifier());
        assertEquals("/api.html", api.getExternalDocs().getUrl());
        assertTrue(api.getComponents().getSecuritySchemes().keySet().containsAll(Set.of("basic", "partnerToken")),
                api.getComponents().getSecuritySchemes().keySet().toString());

        Set<String> ids = new HashSet<>();
        List<String> missing = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, io.swagger.v3.oas.models.PathItem> path : api.getPaths().entrySet()) {
            for (Map.Entry<io.swagger.v3.oas.models.PathItem.HttpMethod, Operation> e : path.getValue().readOperationsMap().entrySet()) {
                operations++;
                Operation op = e.getValue();
                String name = e.getKey() + " " + path.getKey();
                if (op.getOperationId() == null || !ids.add(op.getOperationId())) {
                    missing.add(name + ": a unique operationId");
                }
                if (op.getTags() == null || op.getTags().isEmpty()) {
                    missing.add(name + ": a tag");
                }
                if (op.getSecurity() == null || op.getSecurity().isEmpty()) {
                    missing.add(name + ": its security");
                }
                for (String code : List.of("401", "403", "429")) {
                    var response = op.getResponses().get(code);
                    if (response == null || response.getContent() == null
                            || !response.getContent().containsKey("application/problem+json")) {
                        missing.add(name + ": " + code + " as problem+JSON");
                    }
                }
                if (op.getResponses().keySet().stream().noneMatch(c -> c.startsWith("2"))) {
                    missing.add(name + ": a success response"); // Redocly's operation-2xx-response
                }
                if (path.getKey().contains("{") && !op.getResponses().containsKey("404")) {
                    missing.add(name + ": 404");
                }
                List<io.swagger.v3.oas.models.parameters.Parameter> parameters = new ArrayList<>();
                if (op.getParameters() != null) {
                    parameters.addAll(op.getParameters());
                }
                if (path.getValue().getParameters() != null) {
                    parameters.addAll(path.getValue().getParameters());
                }
                for (var p : parameters) {
                    if (("path".equals(p.getIn()) || "query".equals(p.getIn())) && p.getExample() == null
                            && (p.getExamples() == null || p.getExamples().isEmpty())) {
                        missing.add(name + ": an example of " + p.getIn() + " parameter " + p.getName());
                    }
                }
            }
        }
        assertTrue(operations > 60, operations + " operations");
        // Redocly's no-identical-paths: no two paths that differ only by the names of their parameters
        Map<String, String> shapes = new HashMap<>();
        for (String path : api.getPaths().keySet()) {
            String other = shapes.putIfAbsent(path.replaceAll("\\{[^}]+}", "{}"), path);
            if (other != null) {
                missing.add(path + ": the same path as " + other + " but for the names of its parameters");
            }
        }
        // Redocly's no-empty-servers (swagger-parser puts "/" in the place of a missing list: read the document itself)
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
            var servers = reader.readObject().getJsonArray("servers");
            assertTrue(servers != null && !servers.isEmpty(), "the document names its server");
        }
        assertEquals(List.of(), missing, "what operations do not document");
    }
}
