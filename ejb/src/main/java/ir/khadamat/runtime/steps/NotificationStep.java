package ir.khadamat.runtime.steps;

import ir.khadamat.catalog.process.StepKind;
import ir.khadamat.persian.PersianDigits;
import ir.khadamat.runtime.appointment.Appointments;
import ir.khadamat.runtime.appointment.BookedVisit;
import ir.khadamat.runtime.notification.Notifier;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A notification: an SMS (or email) to the applicant through the outbox, its message filled from the case
 * ({@code {trackingCode}}, {@code {service}}, the visit booked: {@code {visitType}}, {@code {visitTime}} (its Jalali
 * day and hour), {@code {prison}}; and any field collected so far).
 */
@ApplicationScoped
public class NotificationStep implements StepHandler {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    @EJB
    Notifier notifier;

    @EJB
    Appointments appointments;

    @Override
    public StepKind kind() {
        return StepKind.NOTIFICATION;
    }

    @Override
    public StepResult arrive(StepRun run) {
        String channel = run.step().setting("channel") == null ? "SMS" : run.step().setting("channel");
        String recipient = run.serviceCase().getApplicantMobile() != null ? run.serviceCase().getApplicantMobile().value()
                : run.data().value("mobile");
        String text = fill(run.step().setting("message"), run);
        if (recipient != null) {
            notifier.send(run.serviceCase().getProvinceCode(), run.serviceCase().getId(), channel, recipient, text);
        }
        return StepResult.done(Map.of("channel", channel, "recipient", recipient == null ? "-" : recipient, "text", text));
    }

    String fill(String message, StepRun run) {
        Optional<BookedVisit> visit = VISIT.matcher(message).find()
                ? appointments.booked(run.serviceCase().getId()) : Optional.empty();
        return fill(message, name -> switch (name) {
            case "trackingCode" -> PersianDigits.toPersian(run.serviceCase().getTrackingCode().value());
            case "service" -> run.serviceTitle();
            case "visitType" -> visit.map(BookedVisit::typeTitle).orElse(null);
            case "visitTime", "slot" -> visit.map(BookedVisit::when).orElse(null);
            case "prison" -> visit.map(BookedVisit::prison).orElse(null);
            default -> run.data().value(name);
        });
    }

    /** The placeholders of a visit booked. */
    private static final Pattern VISIT = Pattern.compile("\\{(visitType|visitTime|slot|prison)}");

    /** The message with each placeholder's value (a placeholder with none is left out). */
    static String fill(String message, UnaryOperator<String> values) {
        Matcher m = PLACEHOLDER.matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.apply(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
