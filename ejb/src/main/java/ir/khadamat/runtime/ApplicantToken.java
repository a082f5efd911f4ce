package ir.khadamat.runtime;

import ir.khadamat.persian.MobileNumber;
import ir.khadamat.persian.NationalCode;
import ir.khadamat.runtime.cases.TrackingCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * What an applicant token stands for, until a time: a case and the mobile that proved itself for it, or a person — a
 * national code and the mobile they proved — for every case started with both («درخواست‌های من»). The token itself
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

    /** The case it stands for; null for a person's token. */
    @Column(name = "tracking_code", length = 20, updatable = false)
    private TrackingCode trackingCode;

    /** The person it stands for; null for a case's token. */
    @Column(name = "national_code", length = 10, updatable = false)
    private NationalCode nationalCode;

    @Column(nullable = false, length = 20, updatable = false)
    private MobileNumber mobile;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    protected ApplicantToken() {
    }

    ApplicantToken(String tokenHash, TrackingCode trackingCode, MobileNumber mobile, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.trackingCode = trackingCode;
        this.mobile = mobile;
        this.expiresAt = expiresAt;
    }

    /** A person's token: all the cases started with this national code and this mobile. */
    static ApplicantToken forPerson(String tokenHash, NationalCode nationalCode, MobileNumber mobile, Instant expiresAt) {
        ApplicantToken t = new ApplicantToken(tokenHash, null, mobile, expiresAt);
        t.nationalCode = nationalCode;
        return t;
    }

    /** A case's token for that case, in time. */
    boolean isFor(TrackingCode trackingCode, Instant now) {
        return this.trackingCode != null && this.trackingCode.equals(trackingCode) && now.isBefore(expiresAt);
    }

    /** A person's token, in time. */
    boolean isPerson(Instant now) {
        return trackingCode == null && nationalCode != null && now.isBefore(expiresAt);
    }

    /**
     * Whether a person's token, in time, stands for a case started with that national code and mobile: both must
     * match, so a phone shared in a family opens only the cases of the one who proved it with their own code.
     */
    boolean isPersonOf(NationalCode applicantCode, MobileNumber applicantMobile, Instant now) {
        return isPerson(now) && nationalCode.equals(applicantCode) && mobile.equals(applicantMobile);
    }

    MobileNumber getMobile() {
        return mobile;
    }

    NationalCode getNationalCode() {
        return nationalCode;
    }
}
