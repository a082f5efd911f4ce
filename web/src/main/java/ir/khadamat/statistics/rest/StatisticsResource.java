package ir.khadamat.statistics.rest;

import ir.khadamat.catalog.InvalidQueryParameter;
import ir.khadamat.persian.Iran;
import ir.khadamat.statistics.CaseCounts;
import ir.khadamat.statistics.ServiceStatistics;
import ir.khadamat.statistics.StatisticsQuery;
import ir.khadamat.statistics.StatisticsSpreadsheet;
import ir.khadamat.tenancy.ProvinceRegistry;
import ir.khadamat.tenancy.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Locale;
import java.util.Map;

/** §5 of the cards measured from cases, beside what the cards declare. */
@Path("/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics", description = "Recipients per Jalali period and average days to deliver, measured from cases")
public class StatisticsResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @EJB
    private ServiceStatistics statistics;

    @EJB
    private ProvinceRegistry provinces;

    @EJB
    private CaseCounts counts;

    @GET
    @Operation(summary = "Cases received and delivered per service and Jalali period, with the average days to deliver",
            description = "period: MONTH (default), SEASON or YEAR; province: a code, for national users (a province's users "
                    + "always get their own); card: one service. Each service's declared §5 figures come beside.")
    public ServiceStatistics.Report measure(@QueryParam("card") String card, @QueryParam("province") String province,
                                            @QueryParam("period") String period) {
        StatisticsQuery query = query(card, province, period, null);
        return statistics.measure(query.card(), query.province(), query.period());
    }

    @GET
    @Path("/dashboard")
    @Operation(summary = "The statistics dashboard of a Jalali year: cases per period, and each service measured beside declared",
            description = "period: MONTH (default), SEASON or YEAR; year: a Jalali year (default: the latest with cases); "
                    + "province: a code, for national users (a province's users always get their own); card: one service "
                    + "(default: the seven seed services, each even without cases, and any other with cases). A difference "
                    + "beyond thresholdPercent is marked highlighted; declared figures are as the card writes them (null: unknown).")
    public ServiceStatistics.Dashboard dashboard(@QueryParam("card") String card, @QueryParam("province") String province,
                                                 @QueryParam("period") String period, @QueryParam("year") String year) {
        StatisticsQuery query = query(card, province, period, year);
        return statistics.dashboard(query.card(), query.province(), query.period(), query.year());
    }

    @GET
    @Path("/export.xlsx")
    @Produces(XLSX)
    @Operation(summary = "The statistics dashboard as an Excel workbook",
            description = "The same parameters as /statistics/dashboard; lang=en for English headers (Persian otherwise).")
    public Response spreadsheet(@QueryParam("card") String card, @QueryParam("province") String province,
                                @QueryParam("period") String period, @QueryParam("year") String year,
                                @QueryParam("lang") String lang) {
        StatisticsQuery query = query(card, province, period, year);
        ServiceStatistics.Dashboard dashboard = statistics.dashboard(query.card(), query.province(), query.period(), query.year());
        boolean english = Iran.english(lang);
        byte[] xlsx = StatisticsSpreadsheet.write(dashboard, Iran.locale(lang),
                code -> provinces.byCode(code).map(p -> english ? p.getEnglishName() : p.getPersianName()).orElse(code));
        return Response.ok(xlsx, XLSX).header("Content-Disposition", "attachment; filename=\"statistics-"
                + dashboard.year() + ".xlsx\"").build();
    }

    @RolesAllowed(Roles.SYSTEM_ADMIN)
    @GET
    @Path("/counts")
    @Operation(summary = "Check the statistics' daily counts against a recount of every case",
            description = "The engine keeps, for each service, province and day of request, the cases received and "
                    + "delivered as they happen; this counts every case again and lists each row that differs (none "
                    + "when they agree). The system's administrator only.")
    public CaseCounts.Check checkCounts() {
        return counts.check();
    }

    @RolesAllowed(Roles.SYSTEM_ADMIN)
    @POST
    @Path("/counts/rebuild")
    @Operation(summary = "Make the statistics' daily counts a recount of every case",
            description = "After cases were loaded past the engine (a bulk load, a restore of service_case alone). "
                    + "Answers how many rows the counts now have. The system's administrator only.")
    public Map<String, Integer> rebuildCounts() {
        return Map.of("rows", counts.rebuild());
    }

    private StatisticsQuery query(String card, String province, String period, String year) {
        StatisticsQuery query = StatisticsQuery.parse(card, province, period, year);
        if (query.province() != null && provinces.byCode(query.province()).isEmpty()) {
            throw new InvalidQueryParameter("province", "no province " + query.province());
        }
        return query;
    }
}
