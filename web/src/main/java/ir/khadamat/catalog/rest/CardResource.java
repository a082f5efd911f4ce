package ir.khadamat.catalog.rest;

import ir.khadamat.audit.AuditEvent;
import ir.khadamat.catalog.CardAuthoring;
import ir.khadamat.catalog.CardCompleteness;
import ir.khadamat.catalog.CardDetails;
import ir.khadamat.catalog.CardDiff;
import ir.khadamat.catalog.CardFile;
import ir.khadamat.catalog.CatalogPage;
import ir.khadamat.catalog.CatalogQuery;
import ir.khadamat.catalog.CatalogSearch;
import ir.khadamat.catalog.CatalogSpreadsheet;
import ir.khadamat.catalog.CpsvExport;
import ir.khadamat.catalog.InvalidCard;
import ir.khadamat.catalog.InvalidQueryParameter;
import ir.khadamat.catalog.ReviewComment;
import ir.khadamat.catalog.ServiceCatalog;
import ir.khadamat.catalog.form.CardForm;
import ir.khadamat.catalog.print.CardPrintout;
import ir.khadamat.catalog.process.ProcessDefinitions;
import ir.khadamat.catalog.process.ProcessDiff;
import ir.khadamat.persian.Iran;
import ir.khadamat.tenancy.Roles;
import ir.khadamat.web.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The catalogue of service cards: search, each card with its versions, history and outputs, and the authors'
 * operations (create, save, submit, provincial editions, import). Calls that change a card need HTTP Basic
 * credentials of a provincial or headquarters admin; the services check roles and tenant.
 */
@Path("/cards")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue", description = "Service identity cards (شناسنامه خدمت)")
public class CardResource {

    @EJB
    private CatalogSearch search;

    @EJB
    private ServiceCatalog catalog;

    @EJB
    private CardAuthoring authoring;

    @GET
    @Operation(summary = "Search the catalogue",
            description = "Free text is matched after Persian normalisation: Arabic ي/ك count as Persian ی/ک, "
                    + "Persian and Arabic digits as ASCII, ZWNJ and diacritics are ignored. Facet counts cover all "
                    + "matching cards; the value 'unknown' counts cards whose form does not say.")
    @APIResponse(responseCode = "200", description = "One page of cards with facet counts")
    @APIResponse(responseCode = "400", description = "A parameter has a value that cannot be used",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CatalogPage search(
            @Parameter(description = "free text") @QueryParam("q") String q,
            @Parameter(description = "executive agency code") @QueryParam("agency") String agency,
            @Parameter(description = "service type", schema = @Schema(type = SchemaType.STRING, enumeration = {"G2C", "G2B", "G2G"}))
            @QueryParam("type") String type,
            @Parameter(description = "related life or business event, e.g. EDUCATION") @QueryParam("event") String event,
            @Parameter(description = "service level, e.g. NATIONAL") @QueryParam("level") String level,
            @Parameter(description = "number of electronic stages, 0 to 4, or 'unknown'") @QueryParam("electronicStages") String electronicStages,
            @Parameter(description = "page number, from 0") @QueryParam("page") String page,
            @Parameter(description = "page size, 1 to 100 (default 20)") @QueryParam("size") String size) {
        return search.search(CatalogQuery.parse(q, agency, type, event, level, electronicStages, page, size));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A whole card", description = "By numeric id or by key (e.g. prisoner-visits). "
            + "Every field of annex 1; null means the form does not say (unknown), an empty list means none.")
    @APIResponse(responseCode = "200", description = "The card")
    @APIResponse(responseCode = "404", description = "No such card",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CardDetails card(@PathParam("id") String id) {
        return catalog.find(id).orElseThrow(() -> new NotFoundException("No card '" + id + "'"));
    }

    @GET
    @Path("/{id}/completeness")
    @Operation(summary = "How complete and consistent a card is",
            description = "A score (0–100: the share of the form's applicable fields the card answers), the fields "
                    + "left unknown per section, and warnings for contradictions (a fee without a bank account, an "
                    + "electronic request stage with no address, a §8 link with no fields, statistics without a "
                    + "period, §10 steps not reachable from the start). §2 is the planning organization's and not counted.")
    @APIResponse(responseCode = "200", description = "The assessment")
    @APIResponse(responseCode = "404", description = "No such card",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CardCompleteness.Assessment completeness(@PathParam("id") String id) {
        return CardCompleteness.assess(card(id).form());
    }

    @GET
    @Path("/{id}/cpsv")
    @Produces({CpsvExport.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "A card in CPSV-AP (JSON-LD)",
            description = "The card as a cpsv:PublicService of the EU Core Public Service Vocabulary application "
                    + "profile; what the form does not say is left out. Mapping: docs/cpsv-ap.md.")
    @APIResponse(responseCode = "200", description = "JSON-LD")
    @APIResponse(responseCode = "404", description = "No such card",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public String cpsv(@PathParam("id") String id) {
        return CpsvExport.of(card(id)).toString();
    }

    @GET
    @Path("/{key}/versions")
    @Operation(summary = "The versions of a card the caller may see, newest first")
    public List<ServiceCatalog.VersionInfo> versions(@PathParam("key") String key) {
        List<ServiceCatalog.VersionInfo> versions = catalog.versions(key);
        if (versions.isEmpty()) {
            throw new NotFoundException("No card '" + key + "'");
        }
        return versions;
    }

    @GET
    @Path("/{key}/versions/{n}")
    @Operation(summary = "One version of a card")
    public CardDetails version(@PathParam("key") String key, @PathParam("n") int n) {
        return catalog.find(key, n).orElseThrow(() -> new NotFoundException("No version " + n + " of card '" + key + "'"));
    }

    @GET
    @Path("/{key}/diff")
    @Operation(summary = "Field-by-field differences between two versions of a card",
            description = "Each changed field by its JSON Pointer in the form, with its label and both values.")
    public List<Change> diff(@PathParam("key") String key, @QueryParam("from") int from, @QueryParam("to") int to,
                             @Context HttpHeaders headers) {
        CardDetails a = version(key, from);
        CardDetails b = version(key, to);
        Locale locale = headers.getAcceptableLanguages().isEmpty() ? Iran.PERSIAN : headers.getAcceptableLanguages().get(0);
        return CardDiff.between(a.form(), b.form()).stream()
                .map(c -> new Change(c.path(), CardDiff.label(c.path(), locale), c.before(), c.after())).toList();
    }

    /** One changed field. */
    public record Change(String path, String label, JsonValue before, JsonValue after) {
    }

    @GET
    @Path("/{key}/process/diff")
    @Operation(summary = "What changed in the process a card runs between two of its versions",
            description = "The definition's settings that differ (applicant, subject, start), and each step added,"
                    + " removed or changed, matched by its id, with both sides (null for the side without it). A version"
                    + " with no definition of its own runs the process drawn from its §10 diagram: that one is compared.")
    public ProcessDiff processDiff(@PathParam("key") String key, @QueryParam("from") int from, @QueryParam("to") int to) {
        CardDetails a = version(key, from);
        CardDetails b = version(key, to);
        return ProcessDiff.between(ProcessDefinitions.shown(catalog.process(key, from).orElse(null), a.form()),
                ProcessDefinitions.shown(catalog.process(key, to).orElse(null), b.form()));
    }

    @GET
    @Path("/{key}/history")
    @Operation(summary = "The audit trail of a card (its own province's users and national users only)")
    public List<AuditEntry> history(@PathParam("key") String key) {
        requireOwn(key);
        return catalog.history(key).stream().map(AuditEntry::of).toList();
    }

    /** One entry of the audit trail. */
    public record AuditEntry(Instant at, String actor, String province, String action, String details) {
        static AuditEntry of(AuditEvent e) {
            return new AuditEntry(e.getOccurredAt(), e.getActor(), e.getProvinceCode(), e.getAction(), e.getDetails());
        }
    }

    @GET
    @Path("/{key}/comments")
    @Operation(summary = "The reviewers' comments on a card (its own people only)")
    public List<CommentEntry> comments(@PathParam("key") String key) {
        requireOwn(key);
        return catalog.comments(key).stream().map(CommentEntry::of).toList();
    }

    /** A reviewer's comment. */
    public record CommentEntry(int version, String path, String text, String author, Instant at) {
        static CommentEntry of(ReviewComment c) {
            return new CommentEntry(c.getVersionNo(), c.getFieldPath(), c.getText(), c.getAuthor(), c.getCreatedAt());
        }
    }

    @GET
    @Path("/{id}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "The official annex-1 printout of the card, as PDF",
            description = "Right to left, Persian digits, Jalali printing date; unknown choices are empty boxes.")
    public Response pdf(@PathParam("id") String id, @QueryParam("version") Integer version) {
        CardDetails card = version == null ? card(id) : version(id, version);
        byte[] pdf = CardPrintout.render(card.form(), code -> {
            CardDetails.AgencyName name = card.agencies().get(code);
            return name == null ? null : name.persianName();
        }, Iran.today());
        return download(pdf, "inline", card.key() + "-v" + card.versionNo() + ".pdf");
    }

    @GET
    @Path("/{key}/json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The card as a file to import elsewhere (format version inside)")
    public Response file(@PathParam("key") String key) {
        CardDetails card = card(key);
        return download(CardFile.write(card.form()), "attachment", card.key() + ".json");
    }

    @GET
    @Path("/export.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "The catalogue, with the same filters as the search, as an Excel workbook")
    public Response spreadsheet(@QueryParam("q") String q, @QueryParam("agency") String agency, @QueryParam("type") String type,
                                @QueryParam("event") String event, @QueryParam("level") String level,
                                @QueryParam("electronicStages") String electronicStages, @QueryParam("lang") String lang) {
        CatalogPage page = search.search(CatalogQuery.parse(q, agency, type, event, level, electronicStages, null, null)
                .everything());
        Locale locale = Iran.locale(lang);
        return download(CatalogSpreadsheet.write(page.items(), locale), "attachment", "catalogue.xlsx");
    }

    /** A file to show ({@code inline}) or to save ({@code attachment}) under its name. */
    private static Response download(Object body, String disposition, String name) {
        return Response.ok(body).header("Content-Disposition", disposition + "; filename=\"" + name + "\"").build();
    }

    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.HQ_ADMIN})
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a card (a draft of the caller's province; national for headquarters)")
    @APIResponse(responseCode = "201", description = "The new card")
    public Response create(CardForm form) {
        CardDetails card = authoring.create(requireBody(form));
        return Response.status(Response.Status.CREATED).entity(card).build();
    }

    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.HQ_ADMIN})
    @POST
    @Path("/import")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a card file: a new card, or a new content of one of the caller's cards",
            description = "Files of another format version are refused as a whole, with the reason. Over an existing "
                    + "card, 'basedOn' is the 'version' of the card the caller read, as for a save: without it, or "
                    + "when someone saved in between, the answer is 409 and nothing is overwritten.")
    @APIResponse(responseCode = "200", description = "The card as imported",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CardDetails.class)))
    @APIResponse(responseCode = "409", description = "The card exists and 'basedOn' is missing or stale",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CardDetails importFile(@QueryParam("basedOn") Long basedOn, String json) {
        return authoring.importCard(json, basedOn);
    }

    // the path's parameter is named as GET /cards/{id}'s, so that the document has one path, not two that differ only by
    // the name of their parameter (Redocly's no-identical-paths); the operation keeps its id
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.HQ_ADMIN})
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putCardsKey", summary = "Save a new content of a card",
            description = "By the card's key. 'basedOn' is the 'version' of the card the caller read; if someone saved in "
                    + "between, the answer is 409 and nothing is overwritten. Saving a published card starts a new version.")
    @APIResponse(responseCode = "200", description = "The card as saved (a new version when it was published)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CardDetails.class)))
    @APIResponse(responseCode = "409", description = "Changed by someone else since it was read, or in review",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CardDetails save(@Parameter(description = "the card's key", example = "prisoner-visits") @PathParam("id") String key,
                            @QueryParam("basedOn") Long basedOn, CardForm form) {
        return authoring.save(key, requireBody(form), requireBasedOn(basedOn));
    }

    @POST
    @Path("/{key}/submit")
    @Operation(summary = "Send the card to the planning organization's reviewers")
    public CardDetails submit(@PathParam("key") String key, @QueryParam("basedOn") Long basedOn) {
        return authoring.submit(key, requireBasedOn(basedOn));
    }

    @POST
    @Path("/{key}/editions")
    @Operation(summary = "Create the caller's province's edition of a published national card")
    @APIResponse(responseCode = "201", description = "The edition, a draft")
    public Response edition(@PathParam("key") String key) {
        return Response.status(Response.Status.CREATED).entity(authoring.createEdition(key)).build();
    }

    @GET
    @Path("/{key}/upstream")
    @Operation(summary = "What changed in the national card since a provincial edition was in step with it")
    public CardAuthoring.Upstream upstream(@PathParam("key") String key) {
        return authoring.upstream(key);
    }

    @RolesAllowed({Roles.PROVINCE_ADMIN})
    @POST
    @Path("/{key}/upstream")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take the chosen fields of the national card's new version into the edition",
            description = "Body: the JSON Pointers of the fields to take; every other field keeps the province's value.")
    public CardDetails takeUpstream(@PathParam("key") String key, @QueryParam("basedOn") Long basedOn, List<String> paths) {
        return authoring.takeUpstream(key, paths == null ? Set.of() : new LinkedHashSet<>(paths), requireBasedOn(basedOn));
    }

    @GET
    @Path("/{id}/process")
    @Operation(summary = "How the card runs as cases: its process definition (docs/process-definitions.md)",
            description = "A card with no definition of its own runs the process drawn from its §10 diagram: that one is answered.")
    public String process(@PathParam("id") String id) {
        CardDetails card = card(id);
        return catalog.process(id).orElseGet(() -> ProcessDefinitions.write(
                ProcessDefinitions.fromDiagram(card.form())));
    }

    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.HQ_ADMIN})
    @PUT
    @Path("/{id}/process") // named as GET's parameter: one path in the document (see save)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putCardsKeyProcess",
            summary = "Give the card's draft its process definition (checked; every problem is named)")
    public CardDetails defineProcess(@Parameter(description = "the card's key", example = "prisoner-visits")
                                     @PathParam("id") String key, @QueryParam("basedOn") Long basedOn, String processJson) {
        return authoring.defineProcess(key, processJson, requireBasedOn(basedOn));
    }

    private void requireOwn(String key) {
        if (!catalog.isOwn(key)) {
            throw new NotFoundException("No card '" + key + "'");
        }
    }

    private static <T> T requireBody(T body) {
        if (body == null) {
            throw new InvalidCard(List.of(new InvalidCard.Violation("body", "A card is required")));
        }
        return body;
    }

    static long requireBasedOn(Long basedOn) {
        if (basedOn == null) {
            throw new InvalidQueryParameter("basedOn", "The 'version' of the card you read is required");
        }
        return basedOn;
    }
}
