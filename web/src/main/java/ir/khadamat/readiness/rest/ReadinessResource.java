package ir.khadamat.readiness.rest;

import ir.khadamat.persian.Iran;
import ir.khadamat.readiness.ReadinessReport;
import ir.khadamat.readiness.ReadinessSpreadsheet;
import ir.khadamat.tenancy.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** E-readiness (آمادگی الکترونیکی) of the published services: declared by their cards, measured from their cases. */
@Path("/readiness")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REVIEWER, Roles.HQ_ADMIN, Roles.SYSTEM_ADMIN})
@Tag(name = "E-readiness", description = "How electronic each service is, where digitising pays most, and the share "
        + "of cases requested online (docs/readiness.md)")
public class ReadinessResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @EJB
    private ReadinessReport report;

    @GET
    @Operation(summary = "The e-readiness dashboard: every service's score and its parts, rankings, priorities",
            description = "Each card as it stands: its published version, or its newest while never published. "
                    + "agency: an agency's code; province: a province's code (the national cards, the province's own "
                    + "and its editions; its cases). Each "
                    + "score is a range in whole per cent, low = high when the card declares every part; an unknown "
                    + "part is null or counted as unknown, never as electronic or not. priorities: where digitising "
                    + "pays most (citizen trips saved a year, then recipients a year). overTime: the mean score after "
                    + "each Jalali month's publications. measured: cases received and requested online per service "
                    + "and province. For reviewers and agency headquarters.")
    public ReadinessReport.Dashboard dashboard(@QueryParam("agency") String agency,
                                               @QueryParam("province") String province) {
        return report.dashboard(blankToNull(agency), blankToNull(province));
    }

    @GET
    @Path("/cards/{key}")
    @Operation(summary = "A card's e-readiness version by version, oldest first",
            description = "How the score and its parts moved across the card's versions, with when each was published.")
    public ReadinessReport.History history(@PathParam("key") String key) {
        return report.history(key);
    }

    @GET
    @Path("/export.xlsx")
    @Produces(XLSX)
    @Operation(summary = "The e-readiness dashboard as an Excel workbook",
            description = "The same parameters as /readiness; lang=en for English headers (Persian otherwise).")
    public Response spreadsheet(@QueryParam("agency") String agency, @QueryParam("province") String province,
                                @QueryParam("lang") String lang) {
        ReadinessReport.Dashboard dashboard = report.dashboard(blankToNull(agency), blankToNull(province));
        return Response.ok(ReadinessSpreadsheet.write(dashboard, Iran.locale(lang)), XLSX)
                .header("Content-Disposition", "attachment; filename=\"readiness.xlsx\"").build();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
