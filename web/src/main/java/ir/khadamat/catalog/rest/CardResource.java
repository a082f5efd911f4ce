package ir.khadamat.catalog.rest;

import ir.khadamat.catalog.CardCompleteness;
import ir.khadamat.catalog.CardDetails;
import ir.khadamat.catalog.CatalogPage;
import ir.khadamat.catalog.CatalogQuery;
import ir.khadamat.catalog.CatalogSearch;
import ir.khadamat.catalog.CpsvExport;
import ir.khadamat.catalog.ServiceCatalog;
import ir.khadamat.web.Problem;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The national catalogue of service cards, read-only. */
@Path("/cards")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue", description = "Service identity cards (شناسنامه خدمت)")
public class CardResource {

    @EJB
    private CatalogSearch search;

    @EJB
    private ServiceCatalog catalog;

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
}
