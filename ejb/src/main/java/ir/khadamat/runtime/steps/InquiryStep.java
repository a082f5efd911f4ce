package ir.khadamat.runtime.steps;

import ir.khadamat.catalog.process.ExchangeMode;
import ir.khadamat.catalog.process.StepKind;
import ir.khadamat.integration.ExchangeContext;
import ir.khadamat.integration.Exchanges;
import ir.khadamat.integration.PartnerUnavailable;
import ir.khadamat.integration.Partners;
import ir.khadamat.integration.PendingExchange;
import ir.khadamat.runtime.cases.ServiceCase;
import ir.khadamat.runtime.output.IssuedDocument;
import ir.khadamat.runtime.output.IssuedDocuments;
import ir.khadamat.runtime.subject.CaseSubject;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An inquiry: executes the §7/§8 link the step names, the way its row says ({@link ExchangeMode}). Online, the
 * partner's adapter is called inside the step; one that does not answer leaves the case waiting for it, and the
 * engine tries again later. In a batch, the request is queued and the case waits until the batch is sent and
 * answered. By letter, the letter is issued as a document and the case waits until staff record the reply.
 */
@ApplicationScoped
public class InquiryStep implements StepHandler {

    @EJB
    Partners partners;

    @EJB
    Exchanges exchanges;

    @EJB
    IssuedDocuments issued;

    @Override
    public StepKind kind() {
        return StepKind.INQUIRY;
    }

    @Override
    public StepResult arrive(StepRun run) {
        ServiceCase c = run.serviceCase();
        String partner = run.step().setting("partner");
        String operation = run.step().setting("operation");
        ExchangeMode mode = ExchangeMode.of(run.card(), run.step().config());
        ExchangeContext context = new ExchangeContext(c.getId(), c.getTrackingCode().value(), c.getProvinceCode(), run.actor());
        if (mode == ExchangeMode.ONLINE) {
            try {
                return StepResult.done(partners.call(context, partner, operation, request(run)));
            } catch (PartnerUnavailable e) {
                return StepResult.waitingFor(partner);
            }
        }
        Optional<PendingExchange> open = exchanges.open(c.getId(), run.step().id());
        if (open.isPresent()) {
            return open.get().getState() == PendingExchange.State.ANSWERED
                    ? StepResult.done(exchanges.take(open.get())) : StepResult.waitingFor(partner);
        }
        Map<String, String> request = request(run);
        if (mode == ExchangeMode.BATCH) {
            exchanges.queue(context, run.step().id(), partner, operation, request);
        } else {
            IssuedDocument letter = issued.issue(c, run.serviceTitle(), "letter",
                    run.step().title() == null ? operation : run.step().title(), OutputStep.labelledValues(run));
            exchanges.letterSent(context, run.step().id(), partner, operation, request, letter.getVerificationCode());
        }
        return StepResult.waitingFor(partner);
    }

    /** What people entered on the case so far (the fields of its steps, not other partners' answers), as sent. */
    private static Map<String, String> request(StepRun run) {
        Map<String, String> request = new LinkedHashMap<>();
        run.process().steps().stream().filter(s -> s.fields() != null).forEach(s -> s.fields().forEach(f -> {
            if (run.data().step(s.id()).get(f.name()) instanceof JsonString v && !"uploaded".equals(v.getString())) {
                request.put(f.name(), v.getString());
            }
        }));
        if (run.serviceCase().getSubjectRef() != null) {
            request.putIfAbsent(CaseSubject.PRISONER_NUMBER, run.serviceCase().getSubjectRef());
        }
        return request;
    }
}
