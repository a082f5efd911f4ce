package ir.khadamat.catalog.rest;

import ir.khadamat.catalog.CardDetails;
import ir.khadamat.catalog.CardReview;
import ir.khadamat.catalog.CardStatus;
import ir.khadamat.catalog.InvalidQueryParameter;
import ir.khadamat.tenancy.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;

/** The planning organization's review of cards: the desk, comments, approval with a service ID, publication. */
@Path("/review")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Review", description = "For the planning organization's reviewers (HTTP Basic, role reviewer)")
public class ReviewResource {

    @EJB
    private CardReview review;

    /** A request for changes or comments. */
    public record Comments(List<CardReview.Comment> comments) {
    }

    /** An approval. */
    public record Approval(String serviceId) {
    }

    @GET
    @Path("/desk")
    @Operation(summary = "Cards waiting in review, longest waiting first",
            description = "province: a province code, or 'national'; status: SUBMITTED, CHANGES_REQUESTED or APPROVED")
    public List<CardReview.DeskEntry> desk(@QueryParam("province") String province, @QueryParam("status") String status) {
        CardStatus s = null;
        if (status != null && !status.isBlank()) {
            try {
                s = CardStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidQueryParameter("status", "one of SUBMITTED, CHANGES_REQUESTED, APPROVED");
            }
        }
        return review.desk(province, s);
    }

    @RolesAllowed({Roles.REVIEWER})
    @POST
    @Path("/cards/{key}/request-changes")
    @Operation(summary = "Send a submitted card back to its authors with comments on sections or fields")
    public CardDetails requestChanges(@PathParam("key") String key, @QueryParam("basedOn") Long basedOn, Comments body) {
        return review.requestChanges(key, body == null ? null : body.comments(), CardResource.requireBasedOn(basedOn));
    }

    @RolesAllowed({Roles.REVIEWER})
    @POST
    @Path("/cards/{key}/comments")
    @Operation(summary = "Comment on a card without changing its state")
    public CardDetails comment(@PathParam("key") String key, Comments body) {
        return review.comment(key, body == null ? null : body.comments());
    }

    @RolesAllowed({Roles.REVIEWER})
    @POST
    @Path("/cards/{key}/approve")
    @Operation(summary = "Approve a submitted card with its national service ID (11 digits, docs/service-id.md)")
    public CardDetails approve(@PathParam("key") String key, @QueryParam("basedOn") Long basedOn, Approval body) {
        return review.approve(key, body == null ? null : body.serviceId(), CardResource.requireBasedOn(basedOn));
    }

    @POST
    @Path("/cards/{key}/publish")
    @Operation(summary = "Publish an approved card; the version it replaces stays readable")
    public CardDetails publish(@PathParam("key") String key, @QueryParam("basedOn") Long basedOn) {
        return review.publish(key, CardResource.requireBasedOn(basedOn));
    }
}
