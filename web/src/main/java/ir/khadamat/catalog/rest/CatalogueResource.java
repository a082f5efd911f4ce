package ir.khadamat.catalog.rest;

import ir.khadamat.catalog.CatalogQuery;
import ir.khadamat.catalog.CpsvCatalogue;
import ir.khadamat.catalog.CpsvExport;
import ir.khadamat.catalog.ServiceCatalog;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * The published catalogue for harvesters (a national portal, the EU's): DCAT-AP with every service in CPSV-AP,
 * a page at a time, in JSON-LD, Turtle or RDF/XML by the {@code Accept} header. No sign-in: it is what the public
 * catalogue shows. docs/cpsv-ap.md, "Harvesting".
 */
@Path("/public/catalogue")
@Tag(name = "Catalogue", description = "Service identity cards (شناسنامه خدمت)")
public class CatalogueResource {

    private static final List<String> FORMATS = List.of(CpsvExport.MEDIA_TYPE, "text/turtle", "application/rdf+xml");

    @EJB
    private ServiceCatalog catalog;

    @Context
    private UriInfo uri;

    @Context
    private HttpHeaders headers;

    @GET
    @Produces({CpsvExport.MEDIA_TYPE, "text/turtle", "application/rdf+xml"})
    @Operation(summary = "The published catalogue, for harvesting (DCAT-AP and CPSV-AP)",
            description = "A dcat:Catalog whose dcat:Dataset has each published service (cpsv:PublicService, as "
                    + "GET /api/cards/{id}/cpsv) as dct:hasPart, by card key. The page is a hydra:PartialCollectionView "
                    + "with hydra:next until the last page. Formats by Accept: JSON-LD, Turtle, RDF/XML.")
    @APIResponse(responseCode = "200", description = "One page of the catalogue", content = {
            @Content(mediaType = CpsvExport.MEDIA_TYPE), @Content(mediaType = "text/turtle"),
            @Content(mediaType = "application/rdf+xml")})
    public Response catalogue(
            @Parameter(description = "page number, from 0", example = "0") @QueryParam("page") String page,
            @Parameter(description = "page size, 1 to " + CpsvCatalogue.MAX_PAGE_SIZE + " (default 100)", example = "100")
            @QueryParam("size") String size) {
        int s = CatalogQuery.number("size", size, 100, 1, CpsvCatalogue.MAX_PAGE_SIZE);
        int p = CatalogQuery.number("page", page, 0, 0, Integer.MAX_VALUE / CpsvCatalogue.MAX_PAGE_SIZE);
        long total = catalog.publishedCount();
        // the first acceptable type (by the caller's preference) that one of the formats, in this order, fits
        String type = headers.getAcceptableMediaTypes().stream().flatMap(accepted -> FORMATS.stream()
                .filter(f -> accepted.isCompatible(MediaType.valueOf(f)))).findFirst().orElse(CpsvExport.MEDIA_TYPE);
        String body = CpsvCatalogue.write(catalog.published(p * s, s), total, p, s,
                n -> uri.getAbsolutePathBuilder().queryParam("page", n).queryParam("size", s).build().toString(), type);
        return Response.ok(body, MediaType.valueOf(type).withCharset("UTF-8")).build();
    }
}
