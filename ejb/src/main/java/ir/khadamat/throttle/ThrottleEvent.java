package ir.khadamat.throttle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One counted event of a throttle: its scope, the digest of its subject, when. Never changed; old ones deleted. */
@Entity
@Table(name = "throttle_event")
@NamedQuery(name = "ThrottleEvent.times", query = "SELECT e.occurredAt FROM ThrottleEvent e WHERE e.scope = :scope"
        + " AND e.subject = :subject AND e.occurredAt > :since ORDER BY e.occurredAt DESC")
@NamedQuery(name = "ThrottleEvent.forget", query = "DELETE FROM ThrottleEvent e WHERE e.scope = :scope AND e.subject = :subject")
@NamedQuery(name = "ThrottleEvent.purge", query = "DELETE FROM ThrottleEvent e WHERE e.occurredAt < :before")
public class ThrottleEvent {

    @Id
    @SequenceGenerator(name = "throttle_event_seq", sequenceName = "throttle_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "throttle_event_seq")
    private Long id;

    @Column(nullable = false, length = 40, updatable = false)
    private String scope;

    @Column(nullable = false, length = 64, updatable = false)
    private String subject;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    protected ThrottleEvent() {
    }

    ThrottleEvent(String scope, String subject, Instant occurredAt) {
        this.scope = scope;
        this.subject = subject;
        this.occurredAt = occurredAt;
    }
}
