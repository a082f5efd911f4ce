package ir.khadamat.runtime.steps;

import ir.khadamat.integration.PartnerUnavailable;
import ir.khadamat.integration.Partners;
import ir.khadamat.runtime.definition.StepKind;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An inquiry: runs the §7/§8 link through the partner's adapter with the case's values, and keeps the answer.
 * A partner that does not answer leaves the case waiting for it; the engine tries again later.
 */
@ApplicationScoped
public class InquiryStep implements StepHandler {

    @EJB
    Partners partners;

    @Override
    public StepKind kind() {
        return StepKind.INQUIRY;
    }

    @Override
    public StepResult arrive(StepRun run) {
        Map<String, String> request = new LinkedHashMap<>();
        run.data().steps().values().forEach(values -> values.forEach((k, v) -> {
            if (v instanceof JsonString s) {
                request.put(k, s.getString());
            }
        }));
        if (run.serviceCase().getSubjectRef() != null) {
            request.putIfAbsent("prisonerNumber", run.serviceCase().getSubjectRef());
        }
        String partner = run.step().setting("partner");
        try {
            Map<String, String> answer = partners.call(run.serviceCase().getId(), run.serviceCase().getProvinceCode(),
                    run.actor(), partner, run.step().setting("operation"), request);
            return StepResult.done(answer);
        } catch (PartnerUnavailable e) {
            return StepResult.waitingFor(partner);
        }
    }
}
