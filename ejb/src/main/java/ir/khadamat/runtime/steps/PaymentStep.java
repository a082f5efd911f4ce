package ir.khadamat.runtime.steps;

import ir.khadamat.catalog.form.Details;
import ir.khadamat.catalog.process.StepKind;
import ir.khadamat.runtime.cases.InvalidStepInput;
import ir.khadamat.runtime.payment.Payment;
import ir.khadamat.runtime.payment.Payments;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A payment: on arrival a payment of the step's amount (or the card's §5 fee) is opened; submitting it charges it
 * through the gateway (the simulator in the embedded default) and keeps the receipt. A declined payment can be
 * tried again.
 */
@ApplicationScoped
public class PaymentStep implements StepHandler {

    @EJB
    Payments payments;

    @Override
    public StepKind kind() {
        return StepKind.PAYMENT;
    }

    @Override
    public StepResult arrive(StepRun run) {
        if (payments.pending(run.serviceCase().getId()).isEmpty()) {
            open(run);
        }
        return StepResult.awaitingPerson();
    }

    @Override
    public StepResult submit(StepRun run, Map<String, String> input) {
        Payment payment = payments.pending(run.serviceCase().getId()).orElseGet(() -> open(run));
        Payment charged = payments.pay(payment, input.get("payerReference"));
        if (charged.getStatus() != Payment.Status.PAID) {
            open(run);
            throw new InvalidStepInput("payment", "runtime.payment.declined");
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("amountRials", String.valueOf(charged.getAmountRials()));
        values.put("reference", charged.getGatewayRef());
        values.put("receipt", charged.getReceipt());
        return StepResult.done(values);
    }

    private Payment open(StepRun run) {
        String amount = run.step().setting("amountRials");
        long rials;
        String account = null;
        if ("card".equals(amount)) {
            Details details = run.card().details();
            Details.Fee fee = details == null || details.fees() == null || details.fees().isEmpty() ? null : details.fees().get(0);
            rials = fee == null || fee.amountRials() == null ? 0 : fee.amountRials();
            account = fee == null ? null : fee.bankAccount();
        } else {
            rials = Long.parseLong(amount);
        }
        return payments.open(run.serviceCase().getId(), run.serviceCase().getProvinceCode(), rials, account);
    }
}
