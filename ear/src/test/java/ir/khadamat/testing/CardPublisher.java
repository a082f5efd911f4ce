package ir.khadamat.testing;

import ir.khadamat.catalog.CardAuthoring;
import ir.khadamat.catalog.CardFormJson;
import ir.khadamat.catalog.CardReview;
import ir.khadamat.catalog.form.CardForm;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;

/**
 * Inside the server: publishes a new card of Tehran's admin with a process, through submission, approval and
 * publication (a container test injects it and adds it to its deployment).
 */
@Dependent
public class CardPublisher {

    @EJB
    CardAuthoring authoring;

    @EJB
    CardReview review;

    /** Publishes a card (JSON as the REST API takes it, e.g. {@link Cards#card}) running the process; its key. */
    public String publish(String card, String process) throws Exception {
        CardForm form = CardFormJson.read(card);
        String key = form.key();
        var created = As.user("tehran-admin", () -> authoring.create(form));
        var defined = As.user("tehran-admin", () -> authoring.defineProcess(key, process, created.version()));
        var submitted = As.user("tehran-admin", () -> authoring.submit(key, defined.version()));
        var approved = As.user("reviewer", () -> review.approve(key, Cards.newServiceId(), submitted.version()));
        As.user("reviewer", () -> review.publish(key, approved.version()));
        return key;
    }

    /**
     * Publishes a new small card whose process is the given steps (JSON, the start being {@code s1}) followed by an
     * END step {@code end}; its key.
     */
    public String publishWithSteps(String prefix, String steps) throws Exception {
        String key = Cards.newKey("tehran-" + prefix);
        return publish(Cards.card(key, "خدمت آزمون " + prefix, "هدف", "شرح"), Cards.processWithSteps(key, steps));
    }
}
