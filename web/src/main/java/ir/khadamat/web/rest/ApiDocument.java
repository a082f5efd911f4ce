package ir.khadamat.web.rest;

import ir.khadamat.web.OpenIdConnect;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the annotations cannot say once for all operations, added to the OpenAPI document WildFly serves at
 * {@code /openapi} (MicroProfile OpenAPI's filter, {@code mp.openapi.filter}): how callers sign in (HTTP Basic, and
 * the bearer token of the partner simulator, OpenID Connect where the server signs in through it), each operation's
 * security, a stable {@code operationId} made from its
 * method and path, and every error it can answer as problem+JSON. ApiFuzzIT checks the result: each status an
 * operation answered to the fuzz is one it documents, and an operation documented as needing sign-in answers no
 * anonymous caller with success.
 */
public class ApiDocument implements OASFilter {

    static final String BASIC = "basic";
    static final String PARTNER_TOKEN = "partnerToken";
    /** Signing in through OpenID Connect, declared where the server is configured for it (configure-oidc.cli). */
    static final String OIDC = "oidc";

    /** The errors, in the order they are listed, and what each means here. */
    static final Map<String, String> ERRORS = errors();

    private static Map<String, String> errors() {
        Map<String, String> e = new LinkedHashMap<>();
        e.put("400", "A parameter or a field of the body is not valid; the problem names it (`parameter`, `errors[].field`)");
        e.put("401", "Not signed in, or wrong credentials (the challenge in `WWW-Authenticate`: HTTP Basic, or Bearer where the server signs in through OpenID Connect)");
        e.put("403", "Signed in, but this caller may not do this (another role or province), or a cross-site request");
        e.put("404", "Not found, or not visible to this caller");
        e.put("406", "None of the media types in `Accept` is one this operation answers with");
        e.put("409", "The record changed since the version given in `basedOn`, or the request conflicts with its state");
        e.put("413", "The body is larger than this operation takes");
        e.put("415", "The body is not of a media type this operation takes");
        e.put("429", "Too many requests or failed sign-ins; `Retry-After` says in how many seconds to try again");
        return e;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getInfo() == null) {
            openAPI.setInfo(OASFactory.createInfo());
        }
        // (no license or external documentation is declared; WildFly 39 still writes both empty: docs/api.md)
        openAPI.getInfo().title("Khadamat API").version("1").description("The national catalogue of service"
                + " identity cards (شناسنامه خدمت) and the services it runs. Errors are application/problem+json (RFC 9457)"
                + " and name the parameter or field at fault (docs/api.md).");
        if (openAPI.getServers() == null || openAPI.getServers().isEmpty()) {
            // every path is under the server that serves the document (an empty list is refused by linters)
            openAPI.addServer(OASFactory.createServer().url("/").description("This server"));
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Optional<String> discovery = OpenIdConnect.discoveryUrl();
        if (discovery.isEmpty()) {
            openAPI.getComponents().addSecurityScheme(BASIC, OASFactory.createSecurityScheme()
                    .type(SecurityScheme.Type.HTTP).scheme("basic")
                    .description("A user's name and password (the demonstration's users: README.md). Failed sign-ins"
                            + " are slowed down per account and per address (429)."));
        }
        openAPI.getComponents().addSecurityScheme(PARTNER_TOKEN, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer")
                .description("The partner simulator's token (-Dkhadamat.simulator.token)"));
        // where the server signs in through OpenID Connect, WildFly's OIDC client takes the place of HTTP Basic
        // (configure-oidc.cli): the document offers the provider instead
        discovery.ifPresent(url -> openAPI.getComponents().addSecurityScheme(OIDC, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.OPENIDCONNECT).openIdConnectUrl(url)
                .description("Signing in through the organization's OpenID provider: `Authorization: Bearer <access token>`"
                        + " issued to this application's client. Roles and province are the user's in this"
                        + " application (the token's roles count for nothing); a name without an account here has none.")));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        boolean oidc = discovery.isPresent();
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) ->
                describe(path, method, operation, item, oidc)));
    }

    private static void describe(String path, PathItem.HttpMethod method, Operation operation, PathItem item, boolean oidc) {
        if (operation.getOperationId() == null) {
            operation.setOperationId(operationId(method.name(), path));
        }
        Access access = Access.of(method.name(), path);
        operation.setSecurity(access.requirements(oidc));
        ParameterExamples.fill(path, operation.getParameters());
        ParameterExamples.fill(path, item.getParameters());
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        boolean parameters = operation.getParameters() != null && !operation.getParameters().isEmpty()
                || item.getParameters() != null && !item.getParameters().isEmpty();
        boolean body = operation.getRequestBody() != null;
        boolean get = method == PathItem.HttpMethod.GET;
        for (Map.Entry<String, String> error : ERRORS.entrySet()) {
            String code = error.getKey();
            boolean applies = switch (code) {
                case "400" -> parameters || body;
                case "404" -> path.contains("{") || parameters;
                case "406" -> answersFiles(responses);
                case "409", "413" -> !get; // a change may conflict; a body, even where none is taken, is refused over the limit
                case "415" -> body;
                default -> true; // 401, 403, 429: credentials may come with any request, and the throttles see them all
            };
            if (applies && !responses.hasAPIResponse(code)) {
                responses.addAPIResponse(code, problem(error.getValue()));
            }
        }
    }

    /** Whether the operation answers success only in media types other than JSON (a PDF, a workbook, a file). */
    /**
     * Whether an operation answers with a media type other than JSON (a PDF, a spreadsheet, Turtle): a caller whose
     * {@code Accept} names none of its types gets 406.
     */
    private static boolean answersFiles(APIResponses responses) {
        if (responses.getAPIResponses() == null) {
            return false;
        }
        return responses.getAPIResponses().entrySet().stream()
                .filter(r -> r.getKey().startsWith("2") && r.getValue().getContent() != null
                        && r.getValue().getContent().getMediaTypes() != null)
                .flatMap(r -> r.getValue().getContent().getMediaTypes().keySet().stream())
                .anyMatch(type -> !type.contains("json"));
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description).content(OASFactory.createContent()
                .addMediaType("application/problem+json", OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))));
    }

    /** {@code GET /api/cards/{id}/pdf} → {@code getCardsIdPdf}: stable while the path is. */
    static String operationId(String method, String path) {
        StringBuilder id = new StringBuilder(method.toLowerCase(Locale.ROOT));
        for (String segment : path.replaceFirst("^/api", "").split("[/{}.\\-]+")) {
            if (!segment.isEmpty()) {
                id.append(Character.toUpperCase(segment.charAt(0))).append(segment.substring(1));
            }
        }
        return id.toString();
    }

    /** Who may call an operation, by its path: the API's own rule, checked by ApiFuzzIT against what it answers. */
    enum Access {
        /** The citizens' and the demonstration's endpoints: no sign-in. */
        ANONYMOUS,
        /** The catalogue's reads: anyone sees published cards; a signed-in user also their own drafts. */
        OPTIONAL_SIGN_IN,
        /** The partner simulator: its bearer token. */
        PARTNER,
        /** Everything else: a signed-in user of a role the operation names. */
        SIGN_IN;

        static Access of(String method, String path) {
            if (path.startsWith("/api/public/") || path.equals("/api/public") || path.startsWith("/api/demo/")) {
                return ANONYMOUS;
            }
            if (path.startsWith("/api/partner-simulator/")) {
                return PARTNER;
            }
            if (method.equals("GET") && (path.equals("/api/cards") || path.startsWith("/api/cards/"))) {
                return OPTIONAL_SIGN_IN;
            }
            return SIGN_IN;
        }

        /**
         * The operation's security. Where the server signs in through OpenID Connect, its scheme {@code oidc} stands
         * where {@code basic} stands otherwise: WildFly's OIDC client no longer takes HTTP Basic (OidcIT).
         */
        List<SecurityRequirement> requirements(boolean oidc) {
            String signIn = oidc ? OIDC : BASIC;
            List<SecurityRequirement> list = new ArrayList<>();
            switch (this) {
                case ANONYMOUS -> list.add(OASFactory.createSecurityRequirement()); // {}: none needed
                case OPTIONAL_SIGN_IN -> {
                    list.add(OASFactory.createSecurityRequirement());
                    list.add(OASFactory.createSecurityRequirement().addScheme(signIn));
                }
                case PARTNER -> list.add(OASFactory.createSecurityRequirement().addScheme(PARTNER_TOKEN));
                case SIGN_IN -> list.add(OASFactory.createSecurityRequirement().addScheme(signIn));
            }
            return list;
        }
    }
}
