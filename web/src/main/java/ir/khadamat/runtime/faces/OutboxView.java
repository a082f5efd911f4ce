package ir.khadamat.runtime.faces;

import ir.khadamat.runtime.notification.Notifier;
import ir.khadamat.runtime.notification.OutboxMessage;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.List;

/** The outbox for admins ({@code workspace/outbox.xhtml}): the SMS and emails sent, the province's; all for national roles. */
@Named
@RequestScoped
public class OutboxView {

    @EJB
    private Notifier notifier;

    public List<OutboxMessage> getMessages() {
        try {
            return notifier.latest(200);
        } catch (EJBAccessException e) {
            return List.of();
        }
    }
}
