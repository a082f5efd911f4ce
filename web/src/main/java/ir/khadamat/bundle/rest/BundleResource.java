package ir.khadamat.bundle.rest;

import ir.khadamat.bundle.BundleFile;
import ir.khadamat.bundle.CatalogueBundles;
import ir.khadamat.catalog.BundleRefused;
import ir.khadamat.catalog.InvalidQueryParameter;
import ir.khadamat.catalog.TransferPlan;
import ir.khadamat.tenancy.ProvinceRegistry;
import ir.khadamat.tenancy.Roles;
import ir.khadamat.web.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Catalogue bundles: the definitions of services, moved between installations (docs/api.md, "Catalogue bundles").
 */
@Path("/bundles")
@Tag(name = "Catalogue bundles", description = "Cards with every version, agencies and units' slots, moved between installations")
public class BundleResource {

    private static final String KEY = "[a-z0-9][a-z0-9-]{0,99}";

    @EJB
    private CatalogueBundles bundles;

    @EJB
    private ProvinceRegistry provinces;

    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.REVIEWER, Roles.HQ_ADMIN})
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Export the catalogue as a bundle",
            description = "Every card with every version (form, state, times, process definition), the agency registry "
                    + "and the units' weekly slots, in one file stamped with its format (" + BundleFile.FORMAT
                    + ", version " + BundleFile.FORMAT_VERSION + "). Filtered by card keys or by province; with "
                    + "'cards', the units' slots are left out. National users only.")
    @APIResponse(responseCode = "200", description = "The bundle, as a file to save",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT)))
    public Response export(
            @Parameter(description = "card keys, separated by commas (default: every card)", example = "prisoner-visits,prisoner-leave")
            @QueryParam("cards") String cards,
            @Parameter(description = "a province's code, or 'national' for the national cards (default: all)", example = "national")
            @QueryParam("province") String province) {
        List<String> keys = cards == null || cards.isBlank() ? null : Arrays.stream(cards.split(",")).map(String::strip)
                .filter(k -> !k.isEmpty()).toList();
        if (keys != null && keys.stream().anyMatch(k -> !k.matches(KEY))) {
            throw new InvalidQueryParameter("cards", "card keys are lower-case letters, digits and hyphens, separated by commas");
        }
        if (province != null && !province.equals("national") && provinces.byCode(province).isEmpty()) {
            throw new InvalidQueryParameter("province", "no such province (or 'national')");
        }
        String name = "khadamat-bundle-" + LocalDate.now() + ".json";
        return Response.ok(bundles.export(keys, province), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    @RolesAllowed(Roles.SYSTEM_ADMIN)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a bundle (or say what importing it would change)",
            description = "All or nothing, in one transaction. A card is matched by its key: one this installation "
                    + "lacks is added with every version; of one it has, the bundle may add newer versions and move "
                    + "older ones on in their life, nothing else. A bundle of a newer format, one at fault (a form "
                    + "that breaks a rule, versions out of order, a province or agency nobody has) is refused with 400; "
                    + "one that conflicts with this installation (a card here ahead of it, another content under the "
                    + "same version, a service ID another card holds, a unit this installation lacks) with 409. Each "
                    + "problem names its place in the bundle as a JSON Pointer (errors[].field). With dryRun=true "
                    + "nothing is stored and the answer lists what would change. The system's administrator only.")
    @RequestBody(description = "A bundle as GET /api/bundles writes it", required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT)))
    @APIResponse(responseCode = "200", description = "What was (with dryRun, would be) changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CatalogueBundles.Report.class)))
    @APIResponse(responseCode = "400", description = "Not a bundle of a format this installation reads, or a bundle at fault; nothing imported",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The bundle conflicts with this installation; nothing imported",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CatalogueBundles.Report importBundle(
            @Parameter(description = "true: only say what would change", example = "true") @QueryParam("dryRun") String dryRun,
            byte[] body) {
        boolean dry = switch (dryRun == null ? "false" : dryRun) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidQueryParameter("dryRun", "true or false");
        };
        return bundles.importBundle(utf8(body), dry);
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body == null ? new byte[0] : body)).toString();
        } catch (CharacterCodingException e) {
            throw new BundleRefused(false, List.of(new TransferPlan.Finding("", "the bundle is not UTF-8 text")));
        }
    }
}
