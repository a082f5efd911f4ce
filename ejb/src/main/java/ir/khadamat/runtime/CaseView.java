package ir.khadamat.runtime;

import ir.khadamat.catalog.process.FieldType;
import ir.khadamat.catalog.process.ProcessDefinition;
import ir.khadamat.runtime.cases.CaseStatus;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A case as its staff see it: where it stands, the current step with what it asks for, what each step collected,
 * its history, documents, payments, appointment, issued documents and exchanges with other systems.
 *
 * @param version       the case's optimistic-lock version: submitting a step names it
 * @param awaitedLetter the letter the case waits for a reply to, if it does
 * @param resultTitle   for a closed case, the title of the end it reached («زندانی پذیرش شد»), which says what
 *                      {@code result} codes
 * @param recorded      what the applicant and each step recorded so far, labelled as the steps' forms label it
 */
public record CaseView(String trackingCode, String cardKey, int cardVersion, String serviceTitle, String provinceCode,
                       String unitCode, String applicantNationalCode, String applicantMobile, String subjectRef,
                       CaseStatus status, String result, String waitingFor, CurrentStep currentStep, Instant dueAt,
                       boolean overdue, Instant createdAt, Instant updatedAt, long version,
                       Map<String, Map<String, String>> data, List<Event> history, List<Document> documents,
                       List<Issued> issued, List<PaymentLine> payments, List<BookingLine> bookings,
                       List<Exchange> exchanges, Letter awaitedLetter, String resultTitle,
                       List<Recorded> recorded) {

    /**
     * The step the case waits at, with what it asks for; {@code role} is who must do it, {@code yours} whether the
     * one who reads the case may.
     */
    public record CurrentStep(String id, String title, String kind, String role, boolean yours,
                              List<ProcessDefinition.Field> fields,
                              List<ProcessDefinition.Outcome> outcomes, List<String> documents, Long amountRials,
                              List<String> visitTypes) {
    }

    public record Event(Instant at, String actor, String step, String action, String details, String stepTitle) {
    }

    /** A document uploaded at a step; {@code label} is what the step's form calls it ({@code name} is its field). */
    public record Document(long id, String step, String name, String fileName, String contentType, String sha256,
                           Instant uploadedAt, String label) {
    }

    public record Issued(String kind, String title, String verificationCode, Instant issuedAt) {
    }

    public record PaymentLine(long amountRials, String status, String reference, String receipt, Instant paidAt) {
    }

    public record BookingLine(String visitType, Instant startsAt, int seat, String status, Instant heldUntil) {
    }

    /**
     * An exchange with another system, as logged: online, in a batch, or by letter; who it was done for; {@code answer}
     * is the partner's answer as named values (none when it gave none).
     */
    public record Exchange(String partner, String operation, String mode, String actor, String outcome, Instant at,
                           long millis, String request, String response, Map<String, String> answer) {
    }

    /** What one step recorded (ثبت شده), in its form's order; files are the case's documents. */
    public record Recorded(String step, String title, List<Value> values) {
    }

    /**
     * One value a step recorded: {@code value} as stored (a choice's code, a Jalali date in ASCII digits, a number),
     * {@code choice} the label of a choice's option.
     */
    public record Value(String name, String label, FieldType type, String value, String choice) {
    }

    /** A letter to another agency whose reply the case waits for (recorded by hand by its staff). */
    public record Letter(String partner, String verificationCode, Instant sentAt) {
    }
}
