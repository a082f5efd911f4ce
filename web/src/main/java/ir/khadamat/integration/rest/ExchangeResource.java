package ir.khadamat.integration.rest;

import ir.khadamat.catalog.InvalidQueryParameter;
import ir.khadamat.integration.ExchangeJournal;
import ir.khadamat.integration.ExchangeLog;
import ir.khadamat.integration.PendingExchange;
import ir.khadamat.runtime.BatchExchanges;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;

/**
 * The exchange log for administrators (a province's admin their province's, national admins all), read only;
 * the exchanges waiting for their batch or their letter's reply; and, for system administrators, sending the
 * queued batches now rather than at the next scheduled round.
 */
@Path("/exchanges")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exchanges", description = "Exchanges with other systems and agencies (§7, §8): the log and the batches")
public class ExchangeResource {

    @EJB
    private ExchangeJournal journal;

    @EJB
    private BatchExchanges batches;

    /** One logged exchange. */
    public record Entry(long id, String trackingCode, String provinceCode, String actor, String partner, String operation,
                        String mode, String outcome, Instant at, long millis, String request, String response) {
        static Entry of(ExchangeLog e) {
            return new Entry(e.getId(), e.getTrackingCode(), e.getProvinceCode(), e.getActor(), e.getPartner(),
                    e.getOperation(), e.getMode() == null ? null : e.getMode().name(), e.getOutcome(), e.getStartedAt(),
                    e.getMillis(), e.getRequest(), e.getResponse());
        }
    }

    /** An exchange a case waits for: queued for a batch, or a letter awaiting its reply. */
    public record Waiting(String trackingCode, String provinceCode, String partner, String operation, String mode,
                          String state, Instant since, String letterCode) {
        static Waiting of(PendingExchange p) {
            return new Waiting(p.getTrackingCode(), p.getProvinceCode(), p.getPartner(), p.getOperation(),
                    p.getMode().name(), p.getState().name(), p.getCreatedAt(), p.getLetterCode());
        }
    }

    @GET
    @Operation(summary = "The exchange log, newest first (admins; read only)",
            description = "Filters: partner, outcome (OK, FAILED, SENT), case (tracking code); first and max (at most 200).")
    public List<Entry> log(@QueryParam("partner") String partner, @QueryParam("outcome") String outcome,
                           @QueryParam("case") String trackingCode, @QueryParam("first") Integer first,
                           @QueryParam("max") Integer max) {
        if (first != null && first < 0) {
            throw new InvalidQueryParameter("first", "'first' is a number from 0");
        }
        if (max != null && (max < 1 || max > ExchangeJournal.MAX_PAGE)) {
            throw new InvalidQueryParameter("max", "'max' is a number from 1 to " + ExchangeJournal.MAX_PAGE);
        }
        return journal.entries(new ExchangeJournal.Filter(partner, outcome, trackingCode), first == null ? 0 : first,
                max == null ? 50 : max).stream().map(Entry::of).toList();
    }

    @GET
    @Path("/waiting")
    @Operation(summary = "Requests waiting for their partner's batch and letters waiting for their reply, oldest first")
    public List<Waiting> waiting() {
        return journal.waiting(ExchangeJournal.MAX_PAGE).stream().map(Waiting::of).toList();
    }

    @POST
    @Path("/batches")
    @Operation(summary = "Send every queued batch now (system administrators)",
            description = "Batches are otherwise sent every khadamat.exchange.batch.seconds (120 by default).")
    public BatchExchanges.Round sendBatches() {
        return batches.sendNow();
    }
}
