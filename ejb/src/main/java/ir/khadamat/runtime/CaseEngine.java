package ir.khadamat.runtime;

import ir.khadamat.catalog.process.ProcessDefinition;
import ir.khadamat.catalog.process.StepKind;
import ir.khadamat.persian.MobileNumber;
import ir.khadamat.persian.NationalCode;
import ir.khadamat.runtime.cases.CaseData;
import ir.khadamat.runtime.cases.CaseEvent;
import ir.khadamat.runtime.cases.CaseMoved;
import ir.khadamat.runtime.cases.CaseStatus;
import ir.khadamat.runtime.cases.InvalidStepInput;
import ir.khadamat.runtime.cases.ServiceCase;
import ir.khadamat.runtime.cases.TrackingCode;
import ir.khadamat.runtime.steps.StepActions;
import ir.khadamat.runtime.steps.StepHandler;
import ir.khadamat.runtime.steps.StepResult;
import ir.khadamat.runtime.steps.StepRun;
import ir.khadamat.runtime.subject.CaseSubject;
import ir.khadamat.runtime.subject.SubjectRegistry;
import ir.khadamat.tenancy.Caller;
import ir.khadamat.tenancy.Callers;
import ir.khadamat.tenancy.SystemTask;
import ir.khadamat.tenancy.TenantFilter;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The one place that moves cases, and only that (as Flowable's engine runs the loop apart from the behaviours of its
 * activities): it begins a case of a published card, performs what a person submits at the current step, advances
 * through the steps that act by themselves (inquiries, notifications, outputs, ends) until the case waits for a
 * person or another system, and records every step done in the case's history. What each kind of step does is its
 * {@link StepHandler}'s; where the case goes next, {@link Transitions}'; whether it may go, the case's own
 * ({@link ServiceCase}); cases are found by {@link Cases}, shown by {@link CaseViews}, and their card versions read by
 * {@link RunnableServices}.
 */
@Stateless
@PermitAll
@Interceptors(TenantFilter.class)
public class CaseEngine {

    private static final int MAX_AUTOMATIC_STEPS = 100;
    /** When a case is due whose card's §5 does not say how long the service takes («۱۵ روز», «۲ هفته»...). */
    private static final Duration UNDECLARED_DUE = Duration.ofDays(30);

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Callers callers;

    @EJB
    private Cases cases;

    @EJB
    private CaseViews views;

    @EJB
    private SubjectRegistry subjects;

    @EJB
    private DailyCounts counts;

    @Inject
    private RunnableServices definitions;

    @Inject
    @Any
    private Instance<StepHandler> handlerBeans;

    /** What starting a case takes. */
    public record StartRequest(String unitCode, String applicantNationalCode, String applicantMobile, String subjectRef) {
    }

    /**
     * Starts a case of a published service. Provincial staff start it in their province (at the counter, or a staff
     * process), with what they typed checked and normalised; a member of the public, after the one-time code sent to
     * their mobile was checked ({@link PublicServices}), in the province they chose, with the mobile they proved.
     *
     * @param provinceCode the province an applicant chose; staff start cases in their own and give none
     */
    public CaseMove start(CaseCaller who, String cardKey, String provinceCode, StartRequest request) {
        return CaseMove.of(begin(who, cardKey, provinceCode, request));
    }

    /** {@link #start}, answering the whole case as the caller sees it (REST answers it; a screen loads its page). */
    public CaseView startAndShow(CaseCaller who, String cardKey, String provinceCode, StartRequest request) {
        return views.of(begin(who, cardKey, provinceCode, request), who);
    }

    private ServiceCase begin(CaseCaller who, String cardKey, String provinceCode, StartRequest request) {
        if (who instanceof CaseCaller.Applicant applicant) {
            if (request.applicantMobile() != null && !request.applicantMobile().equals(applicant.mobile().value())) {
                throw new IllegalArgumentException("An applicant starts a case with the mobile they proved");
            }
            StartRequest proved = new StartRequest(request.unitCode(), request.applicantNationalCode(),
                    applicant.mobile().value(), request.subjectRef());
            return begin(cardKey, provinceCode, proved, claimed -> who.actor(Caller.PUBLIC, claimed), false);
        }
        cases.mayAct(who);
        Caller caller = callers.current();
        if (provinceCode != null && !provinceCode.equals(caller.provinceCode())) {
            throw new IllegalArgumentException("Staff start cases in their own province");
        }
        return begin(cardKey, caller.provinceCode(), staffInput(request), applicant -> who.actor(caller, null), true);
    }

    /**
     * Does the current step of a case: staff of the case's province (for the applicant at the counter too; a
     * province admin's step only if they are one), or its applicant, an applicant's step of their own case.
     *
     * @param basedOn the case's version as the caller read it: a case that moved on since answers {@link CaseMoved}
     */
    public CaseMove submit(CaseCaller who, TrackingCode trackingCode, String stepId, Map<String, String> values, long basedOn) {
        return CaseMove.of(act(who, trackingCode, stepId, values, basedOn));
    }

    /**
     * {@link #submit}, answering the whole case as it stands after the step, also when the step handed it over to a
     * province the caller no longer sees it in (REST answers it; a screen loads its page).
     */
    public CaseView submitAndShow(CaseCaller who, TrackingCode trackingCode, String stepId, Map<String, String> values, long basedOn) {
        return views.of(act(who, trackingCode, stepId, values, basedOn), who);
    }

    private ServiceCase act(CaseCaller who, TrackingCode trackingCode, String stepId, Map<String, String> values, long basedOn) {
        ServiceCase c = cases.toAct(who, trackingCode);
        c.expectStep(stepId, basedOn);
        ProcessDefinition.Step step = process(c).step(stepId).orElseThrow(() -> new CaseMoved(c.getTrackingCode()));
        Caller signedIn = callers.current();
        if (!who.mayDo(CaseCaller.actingRole(step), signedIn)) {
            throw new InvalidStepInput("step", "runtime.case.notYourStep");
        }
        perform(c, step, values, who.actor(signedIn, c.getApplicantCode()));
        return c;
    }

    /**
     * Tries again the step of a case that waits for another system; nothing happens if it still does not answer. The
     * case's row is taken for this transaction first ({@code FOR UPDATE SKIP LOCKED}): in a cluster each node's retry
     * timer runs, and a case another node is resuming is left to it rather than called twice at its partner.
     */
    @SystemTask
    public void resume(Long caseId) {
        if (em.createNativeQuery("SELECT id FROM service_case WHERE id = ? FOR UPDATE SKIP LOCKED")
                .setParameter(1, caseId).getResultList().isEmpty()) {
            return; // gone, or another server is on it
        }
        ServiceCase c = em.find(ServiceCase.class, caseId);
        if (c == null || c.getStatus() != CaseStatus.WAITING) {
            return;
        }
        advance(c, c.getCurrentStep(), Caller.SYSTEM.username());
    }

    /**
     * The cases waiting for other systems online, oldest first; cases waiting for a batch or a letter's reply are
     * not tried again until the batch or the reply comes (then they are).
     */
    @SystemTask
    public List<Long> waiting(int max) {
        return em.createNamedQuery("ServiceCase.waitingFor", ServiceCase.class).setParameter("status", CaseStatus.WAITING)
                .setMaxResults(max).getResultStream().map(ServiceCase::getId).toList();
    }

    /**
     * What staff type at the counter, checked and normalised (Persian or Arabic digits, spaces, {@code +98}): a
     * national code with a right check digit, a mobile of the form 09xxxxxxxxx; both optional.
     *
     * @throws InvalidStepInput naming {@code applicantNationalCode} / {@code applicantMobile}
     */
    static StartRequest staffInput(StartRequest request) {
        InvalidStepInput.Collector problems = new InvalidStepInput.Collector();
        String code = blankToNull(request.applicantNationalCode());
        NationalCode nationalCode = NationalCode.parse(code).orElse(null);
        if (code != null && nationalCode == null) {
            problems.add("applicantNationalCode", "runtime.field.nationalCode");
        }
        String mobile = blankToNull(request.applicantMobile());
        MobileNumber phone = MobileNumber.parse(mobile).orElse(null);
        if (mobile != null && phone == null) {
            problems.add("applicantMobile", "runtime.field.mobile");
        }
        problems.throwIfAny();
        return new StartRequest(blankToNull(request.unitCode()), Objects.toString(nationalCode, null),
                Objects.toString(phone, null), request.subjectRef());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * The unit a case names must be one of its province's (a case in one province takes no seats in another's
     * prison); none means the province's own office.
     */
    private void checkUnit(String unitCode, String provinceCode) {
        if (unitCode == null) {
            return;
        }
        List<?> province = em.createNativeQuery("SELECT province_code FROM unit WHERE code = ?1")
                .setParameter(1, unitCode).getResultList();
        if (province.isEmpty() || !String.valueOf(province.get(0)).equals(provinceCode)) {
            throw new InvalidStepInput("unitCode", "runtime.field.unit");
        }
    }

    /**
     * @param actor    who the case's history names, from the applicant's national code (none given: null)
     * @param verified whether the applicant's identity was checked (staff at the counter): only then does the case
     *                 update the person registry; an applicant on the public pages proved a mobile, not who they are,
     *                 so their claim stays on the case and a stored person is never changed by it — and their case
     *                 is one requested online
     */
    private ServiceCase begin(String cardKey, String provinceCode, StartRequest request,
                              Function<NationalCode, String> actor, boolean verified) {
        checkUnit(request.unitCode(), provinceCode);
        RunnableServices.Version version = definitions.published(cardKey);
        ProcessDefinition process = version.process();
        NationalCode applicant = request.applicantNationalCode() == null ? null
                : NationalCode.parse(request.applicantNationalCode())
                .orElseThrow(() -> new InvalidStepInput("applicantNationalCode", "runtime.field.nationalCode"));
        MobileNumber mobile = request.applicantMobile() == null ? null : MobileNumber.parse(request.applicantMobile())
                .orElseThrow(() -> new InvalidStepInput("applicantMobile", "runtime.field.mobile"));
        // the columns of service_case (V4__runtime.sql): refused here, named, rather than by the database
        tooLong("unitCode", request.unitCode(), 100);
        tooLong("subjectRef", request.subjectRef(), 100);
        // a code another case drew is refused by the unique key, and the caller's retry draws again
        ServiceCase c = new ServiceCase(TrackingCode.next(), version.cardKey(), version.versionNo(), provinceCode,
                request.unitCode(), applicant, mobile, request.subjectRef(),
                Instant.now().plus(version.deliveryTime().duration().orElse(UNDECLARED_DUE)));
        c.at(process.start(), CaseCaller.actingRole(process.step(process.start()).orElseThrow()));
        if (applicant != null) {
            if (verified) {
                subjects.remember(applicant, null, mobile);
            } else {
                subjects.claimed(applicant);
            }
        }
        if (!verified) {
            c.requestedOnline();
        }
        em.persist(c);
        counts.received(c);
        em.flush(); // its row before its events' (they name it by id, not as a relation EclipseLink would order by)
        String startedBy = actor.apply(applicant);
        em.persist(new CaseEvent(c, startedBy, null, "STARTED", version.title() + " v" + version.versionNo()));
        advance(c, process.start(), startedBy);
        em.flush(); // the version a caller names in its next call is the one after this flush
        return c;
    }

    /** The longest value one field of a step may have (docs/security-fuzz.md); a case's data holds 200,000. */
    public static final int MAX_VALUE_CHARS = 4000;

    private static void tooLong(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidStepInput(field, "runtime.field.tooLong");
        }
    }

    private void perform(ServiceCase c, ProcessDefinition.Step step, Map<String, String> values, String actor) {
        if (values != null) {
            for (Map.Entry<String, String> v : values.entrySet()) {
                if (v.getKey() == null || v.getKey().length() > 60) {
                    throw new InvalidStepInput("values", "runtime.field.unknown");
                }
                tooLong(v.getKey(), v.getValue(), MAX_VALUE_CHARS);
            }
        }
        StepRun run = run(c, step, actor);
        StepResult result = handler(step.kind()).submit(run, values == null ? Map.of() : values);
        advance(c, done(c, run, result, actor), actor);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new CaseMoved(c.getTrackingCode());
        }
    }

    /** Runs the case from a step on, until it waits for a person or another system, or ends. */
    private void advance(ServiceCase c, String stepId, String actor) {
        String id = stepId;
        for (int i = 0; i < MAX_AUTOMATIC_STEPS; i++) {
            ProcessDefinition process = process(c);
            ProcessDefinition.Step step = process.step(id).orElseThrow(() -> new IllegalStateException("no step"));
            StepRun run = run(c, step, actor);
            StepResult result = handler(step.kind()).arrive(run);
            if (step.kind() == StepKind.END) {
                c.close(step.id(), result.values().get("result"));
                counts.delivered(c);
                em.persist(new CaseEvent(c, actor, step.id(), "CLOSED", result.values().get("result")));
                return;
            }
            switch (result.state()) {
                case AWAITING_PERSON -> {
                    c.at(step.id(), CaseCaller.actingRole(step));
                    return;
                }
                case WAITING_FOR_SYSTEM -> {
                    if (c.getStatus() != CaseStatus.WAITING) {
                        em.persist(new CaseEvent(c, actor, step.id(), "WAITING", result.waitingFor()));
                    }
                    c.at(step.id(), null);
                    c.waitFor(result.waitingFor());
                    return;
                }
                case DONE -> id = done(c, run, result, actor);
            }
        }
        throw new IllegalStateException("Case " + c.getTrackingCode() + " ran " + MAX_AUTOMATIC_STEPS + " steps without a person");
    }

    /** Records a step done and moves on to the next one; returns the step the case went on to. */
    private String done(ServiceCase c, StepRun run, StepResult result, String actor) {
        CaseData data = run.data().put(run.step().id(), result.values());
        c.record(data.write());
        em.persist(new CaseEvent(c, actor, run.step().id(), "DONE", summary(result.values())));
        c.about(CaseSubject.prisonerNumber(data));
        String handedOver = result.values().get(StepActions.HANDED_OVER_TO);
        if (c.movesTo(handedOver)) {
            em.persist(new CaseEvent(c, actor, run.step().id(), "HANDED_OVER", c.getProvinceCode() + " → " + handedOver));
            counts.handedOver(c, handedOver);
            c.handOver(handedOver, CaseSubject.destinationPrison(data));
        }
        return Transitions.next(run.step(), data, result.outcome());
    }

    private StepRun run(ServiceCase c, ProcessDefinition.Step step, String actor) {
        RunnableServices.Version v = definitions.of(c);
        return new StepRun(c, v.process(), step, CaseData.read(c.getDataJson()), v.form(), v.title(), actor);
    }

    private Map<StepKind, StepHandler> handlers;

    private StepHandler handler(StepKind kind) {
        if (handlers == null) {
            Map<StepKind, StepHandler> byKind = new EnumMap<>(StepKind.class);
            handlerBeans.forEach(h -> byKind.put(h.kind(), h));
            handlers = byKind;
        }
        StepHandler h = handlers.get(kind);
        if (h == null) {
            throw new IllegalStateException("No handler for " + kind);
        }
        return h;
    }

    private ProcessDefinition process(ServiceCase c) {
        return definitions.of(c).process();
    }

    private static String summary(Map<String, String> values) {
        StringBuilder s = new StringBuilder();
        values.forEach((k, v) -> {
            if (s.length() < 1500) {
                s.append(k).append('=').append(v == null ? "" : v.length() > 120 ? v.substring(0, 120) + "…" : v).append("; ");
            }
        });
        return s.toString();
    }
}
