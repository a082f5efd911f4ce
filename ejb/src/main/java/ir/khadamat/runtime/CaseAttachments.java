package ir.khadamat.runtime;

import ir.khadamat.catalog.process.StepKind;
import ir.khadamat.persian.Iran;
import ir.khadamat.persian.JalaliDate;
import ir.khadamat.persian.PersianDigits;
import ir.khadamat.runtime.appointment.Appointments;
import ir.khadamat.runtime.appointment.BookedVisit;
import ir.khadamat.runtime.appointment.Booking;
import ir.khadamat.runtime.cases.InvalidStepInput;
import ir.khadamat.runtime.cases.ServiceCase;
import ir.khadamat.runtime.cases.TrackingCode;
import ir.khadamat.runtime.documents.CaseDocument;
import ir.khadamat.runtime.documents.CaseDocuments;
import ir.khadamat.runtime.documents.DocumentKind;
import ir.khadamat.runtime.output.IssuedDocument;
import ir.khadamat.runtime.output.IssuedDocuments;
import ir.khadamat.tenancy.Callers;
import ir.khadamat.tenancy.Roles;
import ir.khadamat.tenancy.TenantFilter;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What comes with a case besides its steps: documents uploaded to it, the appointment slots it can hold, and the
 * files of what it issued. Staff act on their province's cases; an applicant on their own case only (their mobile,
 * proved by {@link PublicServices}): whoever it is, a {@link CaseCaller} says.
 */
@Stateless
@PermitAll
@Interceptors(TenantFilter.class)
public class CaseAttachments {

    @EJB
    private Cases cases;

    @Inject
    private RunnableServices definitions;

    @EJB
    private Appointments appointments;

    @EJB
    private IssuedDocuments issued;

    @EJB
    private Callers callers;

    @Inject
    private CaseDocuments documents;

    /** A document for the current step of a case: uploaded by its staff, or by its applicant to their own case. */
    public CaseView.Document upload(CaseCaller who, TrackingCode trackingCode, String stepId, String name, String fileName,
                                    String contentType, byte[] content) {
        ServiceCase c = cases.toAct(who, trackingCode);
        return add(c, stepId, name, fileName, contentType, content, who.actor(callers.current(), c.getApplicantCode()));
    }

    /** The free appointment slots of the case's unit, for a visit type, from a day on. */
    public List<Appointments.Slot> slots(CaseCaller who, TrackingCode trackingCode, String visitType, String from, int days) {
        ServiceCase c = cases.toAct(who, trackingCode);
        return appointments.slots(unitOf(c), visitType, day(from), days);
    }

    /** A day as {@code 2026-12-01}, or a Jalali one as {@code 1405/09/10}; today when none is given. */
    private static LocalDate day(String from) {
        if (from == null || from.isBlank()) {
            return Iran.today();
        }
        String text = PersianDigits.toAscii(from.strip());
        try {
            return text.contains("/") ? JalaliDate.parse(text).toLocalDate() : LocalDate.parse(text);
        } catch (RuntimeException e) {
            throw new InvalidStepInput("from", "runtime.field.date");
        }
    }

    /** Holds a seat of a slot for a case at its appointment step (15 minutes, until the step is done). */
    public CaseView.BookingLine hold(CaseCaller who, TrackingCode trackingCode, String visitType, Instant startsAt) {
        return hold(cases.toAct(who, trackingCode), visitType, startsAt);
    }

    /** A document uploaded to a case, for its staff (any role). */
    @RolesAllowed({Roles.PROVINCE_STAFF, Roles.PROVINCE_ADMIN, Roles.SYSTEM_ADMIN, Roles.REVIEWER, Roles.HQ_ADMIN})
    public Optional<CaseDocument> document(TrackingCode trackingCode, long id) {
        ServiceCase c = cases.byTrackingCode(trackingCode);
        return documents.forCase(c.getId()).stream().filter(d -> d.getId() == id).findFirst();
    }

    /** A document the case issued, by its verification code: for staff (any role) and the case's applicant. */
    public Optional<IssuedDocument> issuedFile(CaseCaller who, TrackingCode trackingCode, String verificationCode) {
        return issuedOf(cases.toRead(who, trackingCode), verificationCode);
    }

    /** The visit the case booked and confirmed, for its staff or its own applicant. */
    public Optional<BookedVisit> bookedVisit(CaseCaller who, TrackingCode trackingCode) {
        return appointments.booked(cases.toRead(who, trackingCode).getId());
    }

    private Optional<IssuedDocument> issuedOf(ServiceCase c, String verificationCode) {
        return issued.forCase(c.getId()).stream().filter(d -> d.getVerificationCode().equals(verificationCode)).findFirst();
    }

    private CaseView.BookingLine hold(ServiceCase c, String visitType, Instant startsAt) {
        if (!c.isOpen()) {
            throw new InvalidStepInput("slot", "runtime.case.closed");
        }
        if (!atAppointment(c)) {
            throw new InvalidStepInput("slot", "runtime.appointment.notNow");
        }
        for (int attempt = 0; attempt < 10; attempt++) {
            try {
                Booking b = appointments.hold(c.getProvinceCode(), unitOf(c), visitType, startsAt, c.getId());
                return new CaseView.BookingLine(b.getVisitType(), b.getStartsAt(), b.getSeat(), b.getStatus().name(), b.getHeldUntil());
            } catch (Appointments.SlotTaken e) {
                if (e.full()) {
                    break;
                }
            }
        }
        throw new InvalidStepInput("slot", "runtime.appointment.full");
    }

    private CaseView.Document add(ServiceCase c, String stepId, String name, String fileName, String contentType,
                                  byte[] content, String actor) {
        c.expectOpenAt(stepId);
        InvalidStepInput.Collector problems = new InvalidStepInput.Collector();
        if (name == null || !name.matches("[A-Za-z][A-Za-z0-9]{0,59}")) {
            problems.add("name", "runtime.field.unknown");
        }
        if (content == null || content.length == 0) {
            problems.add("file", "runtime.field.file");
        } else if (content.length > CaseDocuments.MAX_BYTES) {
            problems.add("file", "runtime.field.fileTooLarge");
        }
        if (fileName != null && fileName.strip().length() > 300) {
            problems.add("fileName", "runtime.field.tooLong");
        }
        if (contentType != null && contentType.length() > 100) {
            problems.add("Content-Type", "runtime.field.tooLong");
        }
        problems.throwIfAny();
        // what the file is comes from its bytes, never from the content type or name the client sent
        DocumentKind kind = DocumentKind.of(content).orElseThrow(() -> new InvalidStepInput("file", "runtime.document.kind"));
        long[] usage = documents.usage(c.getId());
        if (!CaseDocuments.Quota.configured().admits(usage[0], usage[1], content.length)) {
            throw new InvalidStepInput("file", "runtime.document.quota");
        }
        CaseDocument d = documents.add(c.getId(), c.getProvinceCode(), stepId, name, fileName(fileName, name, kind),
                kind.mediaType(), content, actor);
        return new CaseView.Document(d.getId() == null ? 0 : d.getId(), stepId, name, d.getFileName(), d.getContentType(),
                d.getSha256(), d.getUploadedAt(), CaseViews.fieldLabel(definitions.of(c).process(), stepId, name,
                Iran.PERSIAN));
    }

    /** The name a document is kept under: the client's, without path or control characters, ending as its kind does. */
    static String fileName(String given, String name, DocumentKind kind) {
        String base = given == null ? "" : given.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (base.isEmpty()) {
            base = name;
        }
        if (base.length() > 200) {
            base = base.substring(0, 200);
        }
        String lower = base.toLowerCase(Locale.ROOT);
        boolean fits = kind == DocumentKind.JPEG ? lower.endsWith(".jpg") || lower.endsWith(".jpeg")
                : lower.endsWith("." + kind.extension());
        return fits ? base : base + "." + kind.extension();
    }

    /** Whether the case stands at a step that takes an appointment (only there may it hold a seat). */
    private boolean atAppointment(ServiceCase c) {
        return c.getCurrentStep() != null && definitions.of(c).process().step(c.getCurrentStep())
                .map(step -> step.kind() == StepKind.APPOINTMENT).orElse(false);
    }

    private static String unitOf(ServiceCase c) {
        return c.getUnitCode() == null ? c.getProvinceCode() : c.getUnitCode();
    }
}
