package ir.khadamat.runtime.rest;

import ir.khadamat.catalog.InvalidQueryParameter;
import ir.khadamat.runtime.CaseAttachments;
import ir.khadamat.runtime.CaseCaller;
import ir.khadamat.runtime.CaseEngine;
import ir.khadamat.runtime.CaseView;
import ir.khadamat.runtime.CaseViews;
import ir.khadamat.runtime.PublicServices;
import ir.khadamat.runtime.appointment.Appointments;
import ir.khadamat.runtime.cases.TrackingCode;
import ir.khadamat.runtime.documents.CaseDocuments;
import ir.khadamat.runtime.output.IssuedDocuments;
import ir.khadamat.throttle.Throttles;
import ir.khadamat.web.DataProblemMappers;
import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The public side of the services: a person proves their mobile with a one-time code, starts a citizen-facing
 * service, does their own steps with the applicant token they get (header {@code X-Applicant-Token}); anyone can
 * track a case by its tracking code, and check an issued document by its verification code. Codes, tracking and
 * verification are throttled per target and per client address (429 with {@code Retry-After}; docs/security-throttle.md).
 */
@Path("/public")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public", description = "For the people the services are for: no account, a one-time code by SMS")
public class PublicCaseResource {

    public static final String TOKEN = "X-Applicant-Token";

    @EJB
    private PublicServices publicServices;

    @EJB
    private CaseEngine engine;

    @EJB
    private CaseViews views;

    @EJB
    private CaseAttachments attachments;

    @EJB
    private IssuedDocuments issued;

    @EJB
    private Throttles throttles;

    @Context
    private HttpServletRequest request;

    public record Person(String nationalCode, String mobile) {
    }

    public record Start(String cardKey, String provinceCode, String unitCode, String nationalCode, String mobile,
                        String code, String prisonerNumber) {
    }

    public record SignIn(String nationalCode, String mobile, String code) {
    }

    /** Where a case stands, for anyone who has its tracking code: nothing personal. */
    public record Tracking(String trackingCode, String service, String status, String step, String result,
                           Instant dueAt, List<String> done) {
    }

    @POST
    @Path("/codes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a one-time code by SMS to the mobile, for that national code")
    public Response sendCode(Person person) {
        publicServices.sendCode(person == null ? null : person.nationalCode(), person == null ? null : person.mobile(),
                request.getRemoteAddr());
        return Response.accepted().build();
    }

    @POST
    @Path("/cases")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a citizen-facing service with national code, mobile and the one-time code")
    public Response start(Start s) {
        if (s == null || s.cardKey() == null || s.provinceCode() == null) {
            throw new InvalidQueryParameter("cardKey", "the service and the province are required");
        }
        PublicServices.Started started = DataProblemMappers.retryingConflicts(() -> publicServices.start(
                s.cardKey(), s.provinceCode(), s.unitCode(), s.nationalCode(), s.mobile(), s.code(), s.prisonerNumber(),
                request.getRemoteAddr()));
        return Response.status(Response.Status.CREATED).entity(started).build();
    }

    @POST
    @Path("/cases/{code}/token")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A new applicant token for one's own case, with a new one-time code")
    public Map<String, String> signIn(@PathParam("code") String code, SignIn s) {
        return Map.of("token", publicServices.signIn(TrackingCode.parse(code).orElse(null), s == null ? null : s.nationalCode(), s == null ? null : s.mobile(),
                s == null ? null : s.code(), request.getRemoteAddr()));
    }

    @GET
    @Path("/cases/{code}")
    @Operation(summary = "Track a case by its tracking code: its service, where it stands; nothing personal")
    public Tracking track(@PathParam("code") String code) {
        throttles.tracking(code, request.getRemoteAddr());
        CaseView v = views.track(CaseResource.caseNamed(code));
        return new Tracking(v.trackingCode(), v.serviceTitle(), v.status().name(),
                v.currentStep() == null ? null : v.currentStep().title(), v.result(), v.dueAt(),
                v.history().stream().filter(e -> "DONE".equals(e.action())).map(CaseView.Event::step).toList());
    }

    @GET
    @Path("/cases/{code}/mine")
    @Operation(summary = "One's own case in full (applicant token)")
    public CaseView mine(@PathParam("code") String code, @HeaderParam(TOKEN) String token) {
        TrackingCode tracking = CaseResource.caseNamed(code);
        return views.find(publicServices.applicant(tracking, token), tracking);
    }

    @POST
    @Path("/cases/{code}/steps/{step}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Do an applicant's step of one's own case (applicant token)")
    public CaseView submit(@PathParam("code") String code, @PathParam("step") String step, @QueryParam("basedOn") Long basedOn,
                           @HeaderParam(TOKEN) String token, CaseResource.Submission submission) {
        if (basedOn == null) {
            throw new InvalidQueryParameter("basedOn", "the 'version' of the case you read is required");
        }
        TrackingCode tracking = CaseResource.caseNamed(code);
        CaseCaller applicant = publicServices.applicant(tracking, token);
        Map<String, String> values = submission == null || submission.values() == null ? Map.of() : submission.values();
        return DataProblemMappers.retryingConflicts(() -> engine.submitAndShow(applicant, tracking, step, values, basedOn));
    }

    @POST
    @Path("/cases/{code}/documents")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload a document to one's own case's current step (applicant token; the file is the body)")
    public Response upload(@PathParam("code") String code, @QueryParam("step") String step, @QueryParam("name") String name,
                           @QueryParam("fileName") String fileName, @HeaderParam("Content-Type") String contentType,
                           @HeaderParam(TOKEN) String token, byte[] content) {
        TrackingCode tracking = CaseResource.caseNamed(code);
        return Response.status(Response.Status.CREATED).entity(attachments.upload(
                publicServices.applicant(tracking, token), tracking, step, name, fileName, contentType, content)).build();
    }

    @GET
    @Path("/cases/{code}/slots")
    @Operation(summary = "Free appointment slots for one's own case (applicant token)")
    public List<Appointments.Slot> slots(@PathParam("code") String code, @QueryParam("type") String type,
                                         @QueryParam("from") String from, @QueryParam("days") Integer days,
                                         @HeaderParam(TOKEN) String token) {
        TrackingCode tracking = CaseResource.caseNamed(code);
        return attachments.slots(publicServices.applicant(tracking, token), tracking, type, from,
                days == null ? 14 : Math.min(60, Math.max(1, days)));
    }

    @POST
    @Path("/cases/{code}/slots/hold")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Hold a seat of a slot for one's own case (applicant token)")
    public CaseView.BookingLine hold(@PathParam("code") String code, @HeaderParam(TOKEN) String token, CaseResource.Hold hold) {
        if (hold == null || hold.visitType() == null || hold.startsAt() == null) {
            throw new InvalidQueryParameter("startsAt", "a visit type and the slot's start are required");
        }
        TrackingCode tracking = CaseResource.caseNamed(code);
        return attachments.hold(publicServices.applicant(tracking, token), tracking, hold.visitType(), hold.startsAt());
    }

    @GET
    @Path("/cases/{code}/issued/{verification}")
    @Produces("application/pdf")
    @Operation(summary = "A document one's own case issued, as PDF (applicant token)")
    public Response issuedFile(@PathParam("code") String code, @PathParam("verification") String verification,
                               @HeaderParam(TOKEN) String token) {
        TrackingCode tracking = CaseResource.caseNamed(code);
        return attachments.issuedFile(publicServices.applicant(tracking, token), tracking, verification)
                .map(d -> Response.ok(d.getContent(), "application/pdf").build())
                .orElseThrow(() -> new NotFoundException("No such document"));
    }

    @GET
    @Path("/documents/{verification}")
    @Operation(summary = "Check an issued document by its verification code: what it is and when it was issued")
    public IssuedDocuments.Verification verify(@PathParam("verification") String verification) {
        throttles.verification(verification, request.getRemoteAddr());
        return issued.verify(verification).orElseThrow(() -> new NotFoundException("No document with this code"));
    }

    @POST
    @Path("/documents")
    @Consumes("application/pdf")
    @Operation(summary = "Check a PDF one was given: whether this installation issued and signed it, unchanged",
            description = "The body is the PDF. result: GENUINE (signed by this installation's issuer, unchanged since, "
                    + "and its verification code one it issued: verification says what it is), CHANGED (its signature "
                    + "does not match, or something was added after signing), NOT_OURS, UNSIGNED or NOT_A_PDF.")
    public IssuedDocuments.FileCheck checkFile(byte[] body) {
        byte[] pdf = body == null ? new byte[0] : body;
        throttles.verification(CaseDocuments.sha256(pdf), request.getRemoteAddr()); // counted per file and per address
        return issued.checkFile(pdf);
    }
}
