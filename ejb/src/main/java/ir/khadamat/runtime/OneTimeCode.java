package ir.khadamat.runtime;

import ir.khadamat.persian.MobileNumber;
import ir.khadamat.persian.NationalCode;
import ir.khadamat.throttle.Throttles;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** A one-time code (رمز یک‌بار مصرف) sent by SMS to a person starting a service on the public pages; kept only as a salted
 * HMAC-SHA-256 (PublicServices.hash), never readable. Its own tries are capped here; failures across codes by
 * {@link Throttles}. */
@Entity
@Table(name = "one_time_code")
@NamedQuery(name = "OneTimeCode.latest", query = "SELECT c FROM OneTimeCode c WHERE c.mobile = :mobile"
        + " AND c.nationalCode = :nationalCode ORDER BY c.id DESC")
public class OneTimeCode {

    public static final int MAX_ATTEMPTS = 5;

    @Id
    @SequenceGenerator(name = "one_time_code_seq", sequenceName = "one_time_code_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "one_time_code_seq")
    private Long id;

    @Column(name = "national_code", nullable = false, length = 10, updatable = false)
    private NationalCode nationalCode;

    @Column(nullable = false, length = 20, updatable = false)
    private MobileNumber mobile;

    @Column(name = "code_hash", nullable = false, length = 100, updatable = false)
    private String codeHash;

    @Column(length = 44, updatable = false)
    private String salt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(nullable = false)
    private int attempts;

    @Column(nullable = false)
    private boolean used;

    protected OneTimeCode() {
    }

    public OneTimeCode(NationalCode nationalCode, MobileNumber mobile, String salt, String codeHash, Instant expiresAt) {
        this.nationalCode = nationalCode;
        this.mobile = mobile;
        this.salt = salt;
        this.codeHash = codeHash;
        this.expiresAt = expiresAt;
    }

    /** The code's own salt of its HMAC (null for a code of an earlier version). */
    String salt() {
        return salt;
    }

    /** Counts an attempt; true when the code is right, unused and in time (then it is used up). */
    boolean tryWith(String hash) {
        if (used || attempts >= MAX_ATTEMPTS || Instant.now().isAfter(expiresAt)) {
            return false;
        }
        attempts++;
        if (codeHash.equals(hash)) {
            used = true;
            return true;
        }
        return false;
    }
}
