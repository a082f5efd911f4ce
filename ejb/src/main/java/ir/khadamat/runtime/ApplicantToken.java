package ir.khadamat.runtime;

import ir.khadamat.runtime.cases.TrackingCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * What an applicant token stands for: a case and the mobile that proved itself for it, until a time. The token itself
 * is an opaque random string the applicant holds; the server keeps only its SHA-256 digest, so the token carries
 * nothing personal and a copy of this table gives no token.
 */
@Entity
@Table(name = "applicant_token")
@NamedQuery(name = "ApplicantToken.purge", query = "DELETE FROM ApplicantToken t WHERE t.expiresAt < :now")
public class ApplicantToken {

    @Id
    @Column(name = "token_hash", length = 64, updatable = false)
    private String tokenHash;

    @Column(name = "tracking_code", nullable = false, length = 20, updatable = false)
    private TrackingCode trackingCode;

    @Column(nullable = false, length = 20, updatable = false)
    private String mobile;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    protected ApplicantToken() {
    }

    ApplicantToken(String tokenHash, TrackingCode trackingCode, String mobile, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.trackingCode = trackingCode;
        this.mobile = mobile;
        this.expiresAt = expiresAt;
    }

    boolean isFor(TrackingCode trackingCode, Instant now) {
        return this.trackingCode.equals(trackingCode) && now.isBefore(expiresAt);
    }

    String getMobile() {
        return mobile;
    }
}
