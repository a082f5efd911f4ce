package ir.khadamat.runtime.payment;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** The bank, simulated: approves every charge except a payer reference of {@code decline}, with a receipt. */
@ApplicationScoped
public class SimulatedPaymentGateway implements PaymentGateway {

    private final AtomicLong serial = new AtomicLong(System.currentTimeMillis() % 1_000_000);

    @Override
    public Charge charge(long paymentId, long amountRials, String bankAccount, String payerReference) {
        String reference = "SIM-" + serial.incrementAndGet();
        if ("decline".equalsIgnoreCase(payerReference)) {
            return new Charge(false, reference, null);
        }
        return new Charge(true, reference, "رسید پرداخت " + reference + " — مبلغ " + amountRials + " ریال"
                + (bankAccount == null ? "" : " به حساب " + bankAccount) + " — " + Instant.now());
    }
}
