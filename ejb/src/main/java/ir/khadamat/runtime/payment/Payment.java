package ir.khadamat.runtime.payment;

import ir.khadamat.tenancy.TenantScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.AdditionalCriteria;

import java.time.Instant;

/** A payment of a case's fee (پرداخت) through the gateway, and its receipt. */
@Entity
@Table(name = "payment")
@AdditionalCriteria(TenantScope.STRICT_CRITERIA)
@NamedQuery(name = "Payment.forCase", query = "SELECT p FROM Payment p WHERE p.caseId = :caseId ORDER BY p.createdAt DESC, p.id DESC")
public class Payment {

    public enum Status { PENDING, PAID, FAILED }

    @Id
    @SequenceGenerator(name = "payment_seq", sequenceName = "payment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_seq")
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "province_code", nullable = false, length = 50)
    private String provinceCode;

    @Column(name = "amount_rials", nullable = false, updatable = false)
    private long amountRials;

    @Column(name = "bank_account", length = 100, updatable = false)
    private String bankAccount;

    @jakarta.persistence.Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "gateway_ref", length = 100)
    private String gatewayRef;

    @Column(length = 2000)
    private String receipt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "paid_at")
    private Instant paidAt;

    protected Payment() {
    }

    public Payment(Long caseId, String provinceCode, long amountRials, String bankAccount) {
        this.caseId = caseId;
        this.provinceCode = provinceCode;
        this.amountRials = amountRials;
        this.bankAccount = bankAccount;
        this.status = Status.PENDING;
        this.createdAt = Instant.now();
    }

    void paid(String gatewayRef, String receipt) {
        this.status = Status.PAID;
        this.gatewayRef = gatewayRef;
        this.receipt = receipt;
        this.paidAt = Instant.now();
    }

    void failed(String gatewayRef) {
        this.status = Status.FAILED;
        this.gatewayRef = gatewayRef;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public long getAmountRials() {
        return amountRials;
    }

    public String getBankAccount() {
        return bankAccount;
    }

    public Status getStatus() {
        return status;
    }

    public String getGatewayRef() {
        return gatewayRef;
    }

    public String getReceipt() {
        return receipt;
    }

    public Instant getPaidAt() {
        return paidAt;
    }
}
