package ir.khadamat.runtime.rest;

import ir.khadamat.catalog.InvalidQueryParameter;
import ir.khadamat.runtime.CaseAttachments;
import ir.khadamat.runtime.CaseCaller;
import ir.khadamat.runtime.CaseEngine;
import ir.khadamat.runtime.CaseInbox;
import ir.khadamat.runtime.CaseLetters;
import ir.khadamat.runtime.CaseView;
import ir.khadamat.runtime.CaseViews;
import ir.khadamat.runtime.Cases;
import ir.khadamat.runtime.appointment.Appointments;
import ir.khadamat.runtime.cases.CaseNotFound;
import ir.khadamat.runtime.cases.TrackingCode;
import ir.khadamat.runtime.documents.DocumentKind;
import ir.khadamat.runtime.notification.Notifier;
import ir.khadamat.runtime.notification.OutboxMessage;
import ir.khadamat.tenancy.Roles;
import ir.khadamat.web.DataProblemMappers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Cases for provincial staff: start one, read it, do its current step, upload its documents, hold an appointment
 * slot, download what it issued; the inbox; the outbox of notifications. HTTP Basic, roles province-staff and
 * province-admin; another province's cases answer 404.
 */
@Path("/cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases", description = "Running published services (پرونده خدمت), for provincial staff")
public class CaseResource {

    @EJB
    private CaseEngine engine;

    @EJB
    private CaseViews views;

    @EJB
    private CaseInbox inbox;

    @EJB
    private CaseAttachments attachments;

    @EJB
    private Notifier notifier;

    @EJB
    private CaseLetters letters;

    @EJB
    private Cases cases;

    /** What starting a case takes. */
    public record Start(String cardKey, String unitCode, String applicantNationalCode, String applicantMobile,
                        String subjectRef) {
    }

    /** A step's values (field name → value; a decision's {@code outcome}). */
    public record Submission(Map<String, String> values) {
    }

    /** A slot to hold. */
    public record Hold(String visitType, Instant startsAt) {
    }

    @RolesAllowed({Roles.PROVINCE_STAFF, Roles.PROVINCE_ADMIN})
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a case of a published service in the caller's province")
    @APIResponse(responseCode = "201", description = "The case, started: its tracking code and the step it is at",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    public Response start(Start start) {
        if (start == null || start.cardKey() == null) {
            throw new InvalidQueryParameter("cardKey", "the service (card key) to start is required");
        }
        CaseView view = DataProblemMappers.retryingConflicts(() -> engine.startAndShow(CaseCaller.staff(), start.cardKey(), null,
                new CaseEngine.StartRequest(start.unitCode(), start.applicantNationalCode(), start.applicantMobile(),
                        start.subjectRef())));
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    @GET
    @Operation(summary = "The inbox: open cases of the caller's province waiting on the caller's role, oldest first")
    public CaseInbox.Page inbox(@QueryParam("card") String card, @QueryParam("overdue") boolean overdue,
                                @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return inbox.inbox(card == null || card.isBlank() ? null : card, overdue, page == null ? 0 : page,
                size == null ? 20 : size);
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "A case: where it stands, its current step, data, history, documents, payments, appointment")
    public CaseView find(@PathParam("code") String code) {
        return views.find(CaseCaller.staff(), toRead(code));
    }

    @RolesAllowed({Roles.PROVINCE_STAFF, Roles.PROVINCE_ADMIN})
    @POST
    @Path("/{code}/steps/{step}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Do the case's current step",
            description = "'basedOn' is the case's 'version' as read: a case that moved on answers 409.")
    public CaseView submit(@PathParam("code") String code, @PathParam("step") String step,
                           @QueryParam("basedOn") Long basedOn, Submission submission) {
        if (basedOn == null) {
            throw new InvalidQueryParameter("basedOn", "the 'version' of the case you read is required");
        }
        Map<String, String> values = submission == null || submission.values() == null ? Map.of() : submission.values();
        return DataProblemMappers.retryingConflicts(() -> engine.submitAndShow(CaseCaller.staff(), toAct(code), step, values, basedOn));
    }

    @RolesAllowed({Roles.PROVINCE_STAFF, Roles.PROVINCE_ADMIN})
    @POST
    @Path("/{code}/letter-reply")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the reply to the letter the case waits for (a non-electronic §8 link)",
            description = "The reply's number, Jalali date (1404/08/20) and text, as written on the other agency's letter;"
                    + " the case goes on with it.")
    public CaseView letterReply(@PathParam("code") String code, CaseLetters.Reply reply) {
        return letters.recordReply(toAct(code), reply);
    }

    @RolesAllowed({Roles.PROVINCE_STAFF, Roles.PROVINCE_ADMIN})
    @POST
    @Path("/{code}/documents")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload a document to the case's current step (the file is the body)")
    @APIResponse(responseCode = "201", description = "The document, kept with the case's step",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    public Response upload(@PathParam("code") String code, @QueryParam("step") String step, @QueryParam("name") String name,
                           @QueryParam("fileName") String fileName, @HeaderParam("Content-Type") String contentType,
                           byte[] content) {
        return Response.status(Response.Status.CREATED)
                .entity(attachments.upload(CaseCaller.staff(), toAct(code), step, name, fileName, contentType, content)).build();
    }

    @GET
    @Path("/{code}/documents/{id}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "A document uploaded to the case",
            description = "Always a download (attachment), with the content type of the kind its bytes are (PDF, JPEG, "
                    + "PNG; anything older and else application/octet-stream) and X-Content-Type-Options: nosniff.")
    public Response document(@PathParam("code") String code, @PathParam("id") long id) {
        return attachments.document(toRead(code), id)
                .map(d -> Response.ok(d.getContent(), DocumentKind.mediaTypeOf(d.getContent()))
                        .header("Content-Disposition", attachment(d.getFileName()))
                        .header("X-Content-Type-Options", "nosniff").build())
                .orElseThrow(() -> new NotFoundException("No such document"));
    }

    /** {@code attachment; filename="…"; filename*=UTF-8''…}: an ASCII fallback and the name itself (RFC 6266). */
    static String attachment(String fileName) {
        String name = fileName == null ? "document" : fileName.replaceAll("[\\p{Cntrl}\"\\\\]", "");
        String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @GET
    @Path("/{code}/issued/{verification}")
    @Produces("application/pdf")
    @Operation(summary = "A document the case issued (certificate, letter, visit card), as PDF")
    public Response issued(@PathParam("code") String code, @PathParam("verification") String verification) {
        return attachments.issuedFile(CaseCaller.staff(), toRead(code), verification)
                .map(d -> Response.ok(d.getContent(), "application/pdf").build())
                .orElseThrow(() -> new NotFoundException("No such document"));
    }

    @GET
    @Path("/{code}/slots")
    @Operation(summary = "Free appointment slots for the case's unit and a visit type")
    public List<Appointments.Slot> slots(@PathParam("code") String code, @QueryParam("type") String type,
                                         @QueryParam("from") String from, @QueryParam("days") Integer days) {
        return attachments.slots(CaseCaller.staff(), toAct(code), type, from,
                days == null ? 14 : Math.min(60, Math.max(1, days)));
    }

    @RolesAllowed({Roles.PROVINCE_STAFF, Roles.PROVINCE_ADMIN})
    @POST
    @Path("/{code}/slots/hold")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Hold a seat of a slot for the case (15 minutes, until its appointment step is done)")
    public CaseView.BookingLine hold(@PathParam("code") String code, Hold hold) {
        if (hold == null || hold.visitType() == null || hold.startsAt() == null) {
            throw new InvalidQueryParameter("startsAt", "a visit type and the slot's start are required");
        }
        return attachments.hold(CaseCaller.staff(), toAct(code), hold.visitType(), hold.startsAt());
    }


    /**
     * The case a path names, for staff who read it: a text that is no tracking code is a case not found, answered as
     * for a code of no case — after the caller's role, as the lookup does.
     */
    private TrackingCode toRead(String code) {
        return TrackingCode.parse(code).orElseThrow(() -> {
            cases.mayRead(CaseCaller.staff());
            return new CaseNotFound(code);
        });
    }

    /** The case a path names, for staff who act on it (as {@link #toRead}). */
    private TrackingCode toAct(String code) {
        return TrackingCode.parse(code).orElseThrow(() -> {
            cases.mayAct(CaseCaller.staff());
            return new CaseNotFound(code);
        });
    }

    /** The case a path names, for anyone: a text that is no tracking code is a case not found. */
    static TrackingCode caseNamed(String code) {
        return TrackingCode.parse(code).orElseThrow(() -> new CaseNotFound(code));
    }

    /** The outbox of notifications, newest first (the embedded default sends nothing: admins read them here). */
    @GET
    @Path("/outbox")
    @Operation(summary = "Notifications sent (SMS, email), newest first: the caller's province's")
    public List<OutboxLine> outbox(@QueryParam("max") Integer max) {
        if (max != null && (max < 1 || max > 500)) {
            throw new InvalidQueryParameter("max", "from 1 to 500");
        }
        return notifier.latest(max == null ? 50 : max).stream()
                .map(m -> new OutboxLine(m.getChannel(), m.getRecipient(), m.getText(), m.getCreatedAt())).toList();
    }

    public record OutboxLine(String channel, String recipient, String text, Instant at) {
        static OutboxLine of(OutboxMessage m) {
            return new OutboxLine(m.getChannel(), m.getRecipient(), m.getText(), m.getCreatedAt());
        }
    }
}
