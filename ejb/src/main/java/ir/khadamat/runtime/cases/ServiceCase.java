package ir.khadamat.runtime.cases;

import ir.khadamat.persian.MobileNumber;
import ir.khadamat.persian.NationalCode;
import ir.khadamat.tenancy.TenantScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.AdditionalCriteria;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A case (پرونده خدمت): one request for a published service, in one province, moving through the steps of the
 * process of the card version it was started on. What each step collected is kept in {@code dataJson}
 * ({@link CaseData}).
 * <p>
 * The case guards itself, as Cargo Tracker's {@code Cargo} does: a step is taken only at the step and version the
 * person read ({@link #expectStep}), and a closed case refuses every change. Where it goes next is the engine's to
 * say ({@code runtime.CaseEngine}); that it may go there, the case's.
 */
@Entity
@Table(name = "service_case")
@AdditionalCriteria(TenantScope.STRICT_CRITERIA)
@NamedQuery(name = "ServiceCase.byTrackingCode", query = "SELECT c FROM ServiceCase c WHERE c.trackingCode = :code")
@NamedQuery(name = "ServiceCase.ofApplicant", query = "SELECT c FROM ServiceCase c WHERE c.applicantCode = :nationalCode"
        + " AND c.applicantMobile = :mobile ORDER BY c.createdAt DESC, c.id DESC")
@NamedQuery(name = "ServiceCase.inbox", query = "SELECT c FROM ServiceCase c WHERE c.provinceCode = :province"
        + " AND c.status = :status AND c.currentRole IN :roles ORDER BY c.updatedAt, c.id")
@NamedQuery(name = "ServiceCase.waitingFor", query = "SELECT c FROM ServiceCase c WHERE c.status = :status AND NOT EXISTS"
        + " (SELECT p FROM PendingExchange p WHERE p.caseId = c.id AND p.state IN"
        + " (ir.khadamat.integration.PendingExchange.State.QUEUED, ir.khadamat.integration.PendingExchange.State.AWAITING_REPLY))"
        + " ORDER BY c.updatedAt")
public class ServiceCase {

    @Id
    @SequenceGenerator(name = "service_case_seq", sequenceName = "service_case_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_case_seq")
    private Long id;

    @Column(name = "tracking_code", nullable = false, unique = true, length = 20, updatable = false)
    private TrackingCode trackingCode;

    @Column(name = "card_key", nullable = false, length = 100, updatable = false)
    private String cardKey;

    @Column(name = "card_version", nullable = false, updatable = false)
    private int cardVersion;

    @Column(name = "province_code", nullable = false, length = 50)
    private String provinceCode;

    @Column(name = "unit_code", length = 100)
    private String unitCode;

    @Column(name = "applicant_code", length = 10, updatable = false)
    private NationalCode applicantCode;

    @Column(name = "applicant_mobile", length = 20, updatable = false)
    private MobileNumber applicantMobile;

    @Column(name = "subject_ref", length = 100)
    private String subjectRef;

    @Column(name = "current_step", nullable = false, length = 60)
    private String currentStep;

    @Column(name = "acting_role", length = 30)
    private String currentRole;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CaseStatus status;

    @Column(name = "waiting_for", length = 100)
    private String waitingFor;

    @Column(length = 60)
    private String result;

    @Column(name = "data_json", nullable = false, length = 200000)
    private String dataJson;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Requested online by its applicant on the public pages (درخواست برخط), not at the counter by staff. */
    @Column(name = "requested_online", nullable = false, updatable = false)
    private boolean requestedOnline;

    @Version
    private long version;

    protected ServiceCase() {
    }

    public ServiceCase(TrackingCode trackingCode, String cardKey, int cardVersion, String provinceCode, String unitCode,
                       NationalCode applicantCode, MobileNumber applicantMobile, String subjectRef, Instant dueAt) {
        this.trackingCode = trackingCode;
        this.cardKey = cardKey;
        this.cardVersion = cardVersion;
        this.provinceCode = provinceCode;
        this.unitCode = unitCode;
        this.applicantCode = applicantCode;
        this.applicantMobile = applicantMobile;
        this.subjectRef = subjectRef;
        this.status = CaseStatus.OPEN;
        this.dataJson = "{}";
        this.dueAt = dueAt;
        this.createdAt = now();
        this.updatedAt = createdAt;
    }

    /**
     * A person does the step they read, at the version they read. A closed case refuses every step
     * ({@link InvalidStepInput} {@code runtime.case.closed}); one that moved on since — another version, another step,
     * or waiting for another system — answers {@link CaseMoved}: reload it.
     */
    public void expectStep(String stepId, long basedOn) {
        if (status == CaseStatus.CLOSED) {
            throw closed();
        }
        if (version != basedOn || !currentStep.equals(stepId) || status != CaseStatus.OPEN) {
            throw new CaseMoved(trackingCode);
        }
    }

    /** What comes with a step (a document) goes to the open step it was read at; any other answers {@link CaseMoved}. */
    public void expectOpenAt(String stepId) {
        if (status != CaseStatus.OPEN || !currentStep.equals(stepId)) {
            throw new CaseMoved(trackingCode);
        }
    }

    /** The case is now at this step, waiting on this role (one that waited for another system is open again). */
    public void at(String step, String role) {
        refuseIfClosed();
        if (status == CaseStatus.OPEN && step.equals(currentStep) && Objects.equals(role, currentRole)) {
            return; // where it was (a case begun at a person's step): no update of its row
        }
        this.currentStep = step;
        this.currentRole = role;
        this.status = CaseStatus.OPEN;
        this.waitingFor = null;
        this.updatedAt = now();
    }

    /** The case waits for another system at its current step; it is retried until that system answers. */
    public void waitFor(String partner) {
        refuseIfClosed();
        this.status = CaseStatus.WAITING;
        this.waitingFor = partner;
        this.updatedAt = now();
    }

    /** The case ends at its end step, with the result the step names; nothing changes it afterwards. */
    public void close(String step, String result) {
        refuseIfClosed();
        this.currentStep = step;
        this.currentRole = null;
        this.status = CaseStatus.CLOSED;
        this.waitingFor = null;
        this.result = result;
        this.updatedAt = now();
    }

    /** What the case collected so far ({@link CaseData#write}). */
    public void record(String dataJson) {
        refuseIfClosed();
        this.dataJson = dataJson;
        this.updatedAt = now();
    }

    /** Whether handing the case over to this province moves it: a transfer within its own province does not. */
    public boolean movesTo(String provinceCode) {
        return provinceCode != null && !provinceCode.equals(this.provinceCode);
    }

    /** A transfer hands the case over to the province that now holds its subject, at the unit it went to. */
    public void handOver(String provinceCode, String unitCode) {
        refuseIfClosed();
        if (!movesTo(provinceCode)) {
            throw new IllegalArgumentException("Case " + trackingCode + " is in " + this.provinceCode + " already");
        }
        this.provinceCode = provinceCode;
        this.unitCode = unitCode;
        this.updatedAt = now();
    }

    /** The case is about this subject (a prisoner number), when it names none yet: a subject once named stays. */
    public void about(String subjectRef) {
        refuseIfClosed();
        if (this.subjectRef == null) {
            this.subjectRef = subjectRef;
        }
    }

    public boolean isOpen() {
        return status == CaseStatus.OPEN;
    }

    public boolean isClosed() {
        return status == CaseStatus.CLOSED;
    }

    /**
     * Now, to the microsecond the database keeps: the time a case took (its daily counts, runtime.DailyCounts) is
     * the same reckoned from these instants as from the stored row.
     */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private void refuseIfClosed() {
        if (status == CaseStatus.CLOSED) {
            throw closed();
        }
    }

    private static InvalidStepInput closed() {
        return new InvalidStepInput("step", "runtime.case.closed");
    }

    public Long getId() {
        return id;
    }

    public TrackingCode getTrackingCode() {
        return trackingCode;
    }

    public String getCardKey() {
        return cardKey;
    }

    public int getCardVersion() {
        return cardVersion;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public NationalCode getApplicantCode() {
        return applicantCode;
    }

    public MobileNumber getApplicantMobile() {
        return applicantMobile;
    }

    public String getSubjectRef() {
        return subjectRef;
    }

    public String getCurrentStep() {
        return currentStep;
    }

    public String getCurrentRole() {
        return currentRole;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public String getWaitingFor() {
        return waitingFor;
    }

    public String getResult() {
        return result;
    }

    public String getDataJson() {
        return dataJson;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    /** The applicant asked for it on the public pages: the case is requested online. */
    public void requestedOnline() {
        this.requestedOnline = true;
    }

    public boolean isRequestedOnline() {
        return requestedOnline;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
