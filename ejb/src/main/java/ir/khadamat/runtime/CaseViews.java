package ir.khadamat.runtime;

import ir.khadamat.catalog.process.FieldType;
import ir.khadamat.catalog.process.ProcessDefinition;
import ir.khadamat.catalog.process.StepKind;
import ir.khadamat.integration.ExchangeValues;
import ir.khadamat.integration.Exchanges;
import ir.khadamat.integration.Partners;
import ir.khadamat.persian.Iran;
import ir.khadamat.runtime.appointment.Appointments;
import ir.khadamat.runtime.cases.CaseData;
import ir.khadamat.runtime.cases.CaseEvent;
import ir.khadamat.runtime.cases.CaseNotFound;
import ir.khadamat.runtime.cases.CaseStatus;
import ir.khadamat.runtime.cases.ServiceCase;
import ir.khadamat.runtime.cases.TrackingCode;
import ir.khadamat.runtime.documents.CaseDocuments;
import ir.khadamat.runtime.output.IssuedDocuments;
import ir.khadamat.runtime.payment.Payments;
import ir.khadamat.runtime.steps.DocumentsStep;
import ir.khadamat.runtime.steps.StepRun;
import ir.khadamat.tenancy.Callers;
import ir.khadamat.tenancy.SystemTask;
import ir.khadamat.tenancy.TenantFilter;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Cases as people see them ({@link CaseView}): where a case stands, the current step with what it asks for, what each
 * step collected, and what came with it — history, documents, payments, bookings, issued documents, exchanges with
 * other systems. Reads only; the engine moves cases. The texts of its process (steps' titles, fields' labels and
 * options, outcomes) are in the reader's language when asked for: Persian unless English is (and the definition has it).
 */
@Stateless
@PermitAll
@Interceptors(TenantFilter.class)
public class CaseViews {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Cases cases;

    @EJB
    private Payments payments;

    @EJB
    private Appointments appointments;

    @EJB
    private IssuedDocuments issued;

    @EJB
    private Partners partners;

    @EJB
    private Exchanges exchanges;

    @Inject
    private CaseDocuments documents;

    @Inject
    private RunnableServices definitions;

    @Inject
    private Callers callers;

    /**
     * A case in full: for staff (any role) one of the provinces they see, for an applicant their own.
     *
     * @throws CaseNotFound for a code of no case, or of one the caller does not see
     */
    public CaseView find(CaseCaller who, TrackingCode trackingCode) {
        return find(who, trackingCode, Iran.PERSIAN);
    }

    /** {@link #find(CaseCaller, TrackingCode)}, its process's texts in the reader's language. */
    public CaseView find(CaseCaller who, TrackingCode trackingCode, Locale locale) {
        return of(cases.toRead(who, trackingCode), who, locale);
    }

    /**
     * Anyone with the tracking code may see where the case stands (the public page trims it to that).
     *
     * @throws CaseNotFound for a code of no case
     */
    @SystemTask
    public CaseView track(TrackingCode trackingCode) {
        return track(trackingCode, Iran.PERSIAN);
    }

    /** {@link #track(TrackingCode)}, its process's texts in the reader's language. */
    @SystemTask
    public CaseView track(TrackingCode trackingCode, Locale locale) {
        return of(cases.byTrackingCode(trackingCode), null, locale);
    }

    /**
     * The case as it stands now, in the caller's transaction (the engine's answer after a step), for {@code reader}:
     * whether its current step is theirs to do ({@code null}: nobody's who reads it, the public tracking a code).
     */
    public CaseView of(ServiceCase c, CaseCaller reader) {
        return of(c, reader, Iran.PERSIAN);
    }

    /** {@link #of(ServiceCase, CaseCaller)}, its process's texts in the reader's language. */
    public CaseView of(ServiceCase c, CaseCaller reader, Locale locale) {
        RunnableServices.Version card = definitions.of(c);
        ProcessDefinition process = card.process();
        CaseData data = CaseData.read(c.getDataJson());
        CaseView.CurrentStep current = null;
        if (c.getStatus() != CaseStatus.CLOSED) {
            ProcessDefinition.Step step = process.step(c.getCurrentStep()).orElseThrow();
            StepRun run = new StepRun(c, process, step, data, card.form(), card.title(), null);
            Long amount = step.kind() == StepKind.PAYMENT
                    ? payments.pending(c.getId()).map(p -> p.getAmountRials()).orElse(null) : null;
            List<String> visitTypes = step.visitTypes();
            String role = CaseCaller.actingRole(step);
            boolean yours = reader != null && reader.mayDo(role, callers.current());
            current = new CaseView.CurrentStep(step.id(), step.title(locale), step.kind().name(), role, yours,
                    step.fields() == null ? List.of() : step.fields().stream().map(f -> f.in(locale)).toList(),
                    step.outcomes() == null ? List.of() : step.outcomes().stream().map(o -> o.in(locale)).toList(),
                    step.kind() == StepKind.DOCUMENTS ? DocumentsStep.checklist(run) : List.of(), amount, visitTypes);
        }
        Map<String, Map<String, String>> values = new LinkedHashMap<>();
        data.steps().forEach((step, object) -> {
            Map<String, String> m = new LinkedHashMap<>();
            object.forEach((k, v) -> m.put(k, v instanceof JsonString s ? s.getString() : v.toString()));
            values.put(step, m);
        });
        return new CaseView(c.getTrackingCode().value(), c.getCardKey(), c.getCardVersion(), card.title(), c.getProvinceCode(),
                c.getUnitCode(), Objects.toString(c.getApplicantCode(), null),
                Objects.toString(c.getApplicantMobile(), null), c.getSubjectRef(), c.getStatus(),
                c.getResult(), c.getWaitingFor(), current, c.getDueAt(),
                c.getStatus() != CaseStatus.CLOSED && c.getDueAt() != null && c.getDueAt().isBefore(Instant.now()),
                c.getCreatedAt(), c.getUpdatedAt(), c.getVersion(), values, history(c, process, locale),
                documents.forCase(c.getId()).stream().map(d -> new CaseView.Document(d.getId(), d.getStepId(), d.getName(),
                        d.getFileName(), d.getContentType(), d.getSha256(), d.getUploadedAt(),
                        fieldLabel(process, d.getStepId(), d.getName(), locale))).toList(),
                issued.forCase(c.getId()).stream().map(d -> new CaseView.Issued(d.getKind(), d.getTitle(),
                        d.getVerificationCode(), d.getIssuedAt())).toList(),
                payments.forCase(c.getId()).stream().map(p -> new CaseView.PaymentLine(p.getAmountRials(), p.getStatus().name(),
                        p.getGatewayRef(), p.getReceipt(), p.getPaidAt())).toList(),
                appointments.forCase(c.getId()).stream().map(b -> new CaseView.BookingLine(b.getVisitType(), b.getStartsAt(),
                        b.getSeat(), b.getStatus().name(), b.getHeldUntil())).toList(),
                partners.forCase(c.getId()).stream().map(x -> new CaseView.Exchange(x.getPartner(), x.getOperation(),
                        x.getMode() == null ? null : x.getMode().name(), x.getActor(), x.getOutcome(), x.getStartedAt(),
                        x.getMillis(), x.getRequest(), x.getResponse(), ExchangeValues.answer(x.getResponse()))).toList(),
                c.getStatus() != CaseStatus.WAITING ? null : exchanges.awaitedLetter(c.getId())
                        .map(l -> new CaseView.Letter(l.getPartner(), l.getLetterCode(), l.getCreatedAt())).orElse(null),
                c.getStatus() == CaseStatus.CLOSED ? stepTitle(process, c.getCurrentStep(), locale) : null,
                recorded(process, data, locale));
    }

    /**
     * What an exchange of a case sent its partner, as the case's forms name and word it: each value with its field's
     * label and, for a choice, its option (the label null for a value no form of the case has, such as the prisoner
     * number the case is about). For staff who see the case; for a case they do not see, every label is null.
     */
    public List<CaseView.Value> sent(String trackingCode, Map<String, String> values, Locale locale) {
        ProcessDefinition process = TrackingCode.parse(trackingCode).flatMap(cases::find)
                .map(c -> definitions.of(c).process()).orElse(null);
        List<CaseView.Value> sent = new ArrayList<>();
        values.forEach((name, value) -> {
            ProcessDefinition.Field field = process == null ? null : process.steps().stream()
                    .filter(step -> step.fields() != null).flatMap(step -> step.fields().stream())
                    .filter(f -> f.name().equals(name)).findFirst().orElse(null);
            Map<String, String> options = field == null ? null : field.options(locale);
            sent.add(new CaseView.Value(name, field == null ? null : field.label(locale),
                    field == null ? null : field.type(), value, options == null ? null : options.get(value)));
        });
        return sent;
    }

    /** What the steps recorded, in the process's order of steps and fields; files are listed as documents. */
    static List<CaseView.Recorded> recorded(ProcessDefinition process, CaseData data, Locale locale) {
        List<CaseView.Recorded> recorded = new ArrayList<>();
        for (ProcessDefinition.Step step : process.steps()) {
            if (step.fields() == null || !data.steps().containsKey(step.id())) {
                continue;
            }
            JsonObject stored = data.step(step.id());
            List<CaseView.Value> values = new ArrayList<>();
            for (ProcessDefinition.Field f : step.fields()) {
                if (f.type() != FieldType.FILE && stored.get(f.name()) instanceof JsonString v) {
                    String choice = f.options(locale) == null ? null : f.options(locale).get(v.getString());
                    values.add(new CaseView.Value(f.name(), f.label(locale), f.type(), v.getString(), choice));
                }
            }
            if (!values.isEmpty()) {
                recorded.add(new CaseView.Recorded(step.id(), step.title(locale), values));
            }
        }
        return recorded;
    }

    private List<CaseView.Event> history(ServiceCase c, ProcessDefinition process, Locale locale) {
        return em.createNamedQuery("CaseEvent.forCase", CaseEvent.class).setParameter("caseId", c.getId()).getResultStream()
                .map(e -> new CaseView.Event(e.getOccurredAt(), e.getActor(), e.getStepId(), e.getAction(), e.getDetails(),
                        stepTitle(process, e.getStepId(), locale)))
                .toList();
    }

    /** A field's label as its step's form names it; a field the version no longer has keeps its name. */
    static String fieldLabel(ProcessDefinition process, String stepId, String field, Locale locale) {
        return process.step(stepId).flatMap(s -> s.fields().stream().filter(f -> f.name().equals(field)).findFirst())
                .map(f -> f.label(locale)).filter(l -> l != null && !l.isBlank()).orElse(field);
    }

    /** A step's title as its process names it; a step the version no longer has keeps its id. */
    private static String stepTitle(ProcessDefinition process, String stepId, Locale locale) {
        return stepId == null ? null : process.step(stepId).map(s -> s.title(locale)).orElse(stepId);
    }
}
