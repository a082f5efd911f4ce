package ir.khadamat.runtime.payment;

/**
 * A payment gateway (درگاه پرداخت): charges an amount for a payment and answers with a reference and a receipt.
 * {@link SimulatedPaymentGateway} stands in for the bank in the embedded default and the tests.
 */
public interface PaymentGateway {

    /** The gateway's answer: approved or not, its reference, and the receipt text to keep. */
    record Charge(boolean approved, String reference, String receipt) {
    }

    Charge charge(long paymentId, long amountRials, String bankAccount, String payerReference);
}
