package ir.khadamat.runtime.notification;

import ir.khadamat.tenancy.TenantScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.AdditionalCriteria;

import java.time.Instant;

/** A message (SMS or email) to send (صندوق ارسال); the embedded default keeps it here for admins to see. */
@Entity
@Table(name = "outbox_message")
@AdditionalCriteria(TenantScope.STRICT_CRITERIA)
@NamedQuery(name = "OutboxMessage.latest", query = "SELECT m FROM OutboxMessage m ORDER BY m.createdAt DESC, m.id DESC")
@NamedQuery(name = "OutboxMessage.to", query = "SELECT m FROM OutboxMessage m WHERE m.recipient = :recipient ORDER BY m.createdAt DESC, m.id DESC")
public class OutboxMessage {

    @Id
    @SequenceGenerator(name = "outbox_message_seq", sequenceName = "outbox_message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_message_seq")
    private Long id;

    @Column(name = "province_code", length = 50, updatable = false)
    private String provinceCode;

    @Column(name = "case_id", updatable = false)
    private Long caseId;

    @Column(nullable = false, length = 10, updatable = false)
    private String channel;

    @Column(nullable = false, length = 200, updatable = false)
    private String recipient;

    @Column(nullable = false, length = 2000, updatable = false)
    private String text;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxMessage() {
    }

    public OutboxMessage(String provinceCode, Long caseId, String channel, String recipient, String text) {
        this.provinceCode = provinceCode;
        this.caseId = caseId;
        this.channel = channel;
        this.recipient = recipient;
        this.text = text;
        this.createdAt = Instant.now();
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getChannel() {
        return channel;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getText() {
        return text;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getProvinceCode() {
        return provinceCode;
    }
}
