package ir.khadamat.runtime.payment;

import ir.khadamat.tenancy.TenantFilter;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** The payments of cases: opened when a case reaches a payment step, charged through the gateway, receipts kept. */
@Stateless
@PermitAll
@Interceptors(TenantFilter.class)
public class Payments {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SimulatedPaymentGateway gateway;

    public Payment open(Long caseId, String provinceCode, long amountRials, String bankAccount) {
        Payment payment = new Payment(caseId, provinceCode, amountRials, bankAccount);
        em.persist(payment);
        em.flush();
        return payment;
    }

    public Optional<Payment> pending(Long caseId) {
        return forCase(caseId).stream().filter(p -> p.getStatus() == Payment.Status.PENDING).findFirst();
    }

    public List<Payment> forCase(Long caseId) {
        return em.createNamedQuery("Payment.forCase", Payment.class).setParameter("caseId", caseId).getResultList();
    }

    /** Charges the case's pending payment; the payment is paid (with its receipt) or failed. */
    public Payment pay(Payment payment, String payerReference) {
        PaymentGateway.Charge charge = gateway.charge(payment.getId(), payment.getAmountRials(), payment.getBankAccount(),
                payerReference);
        if (charge.approved()) {
            payment.paid(charge.reference(), charge.receipt());
        } else {
            payment.failed(charge.reference());
        }
        return payment;
    }
}
