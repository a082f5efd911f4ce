package ir.khadamat.runtime.steps;

import ir.khadamat.catalog.process.StepKind;
import ir.khadamat.persian.PersianDigits;
import ir.khadamat.runtime.notification.Notifier;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A notification: an SMS (or email) to the applicant through the outbox, its message filled from the case
 * ({@code {trackingCode}}, {@code {service}}, and any field collected so far, e.g. {@code {slot}}).
 */
@ApplicationScoped
public class NotificationStep implements StepHandler {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    @EJB
    Notifier notifier;

    @Override
    public StepKind kind() {
        return StepKind.NOTIFICATION;
    }

    @Override
    public StepResult arrive(StepRun run) {
        String channel = run.step().setting("channel") == null ? "SMS" : run.step().setting("channel");
        String recipient = run.serviceCase().getApplicantMobile() != null ? run.serviceCase().getApplicantMobile()
                : run.data().value("mobile");
        String text = fill(run.step().setting("message"), run);
        if (recipient != null) {
            notifier.send(run.serviceCase().getProvinceCode(), run.serviceCase().getId(), channel, recipient, text);
        }
        return StepResult.done(Map.of("channel", channel, "recipient", recipient == null ? "-" : recipient, "text", text));
    }

    static String fill(String message, StepRun run) {
        Matcher m = PLACEHOLDER.matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = switch (name) {
                case "trackingCode" -> PersianDigits.toPersian(run.serviceCase().getTrackingCode().value());
                case "service" -> run.serviceTitle();
                default -> run.data().value(name);
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
