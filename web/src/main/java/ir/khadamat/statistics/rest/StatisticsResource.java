package ir.khadamat.statistics.rest;

import ir.khadamat.catalog.InvalidQueryParameter;
import ir.khadamat.statistics.ServiceStatistics;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Locale;

/** §5 of the cards measured from cases, beside what the cards declare. */
@Path("/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics", description = "Recipients per Jalali period and average days to deliver, measured from cases")
public class StatisticsResource {

    @EJB
    private ServiceStatistics statistics;

    @GET
    @Operation(summary = "Cases received and delivered per service and Jalali period, with the average days to deliver",
            description = "period: MONTH (default), SEASON or YEAR; province: a code, for national users (a province's users "
                    + "always get their own); card: one service. Each service's declared §5 figures come beside.")
    public ServiceStatistics.Report measure(@QueryParam("card") String card, @QueryParam("province") String province,
                                            @QueryParam("period") String period) {
        ServiceStatistics.Period by;
        try {
            by = period == null || period.isBlank() ? ServiceStatistics.Period.MONTH
                    : ServiceStatistics.Period.valueOf(period.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryParameter("period", "one of MONTH, SEASON, YEAR");
        }
        return statistics.measure(card == null || card.isBlank() ? null : card.strip(), province, by);
    }
}
