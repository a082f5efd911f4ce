package ir.khadamat.runtime;

import ir.khadamat.persian.NationalCode;
import ir.khadamat.persian.PersianDigits;
import ir.khadamat.runtime.notification.Notifier;
import ir.khadamat.runtime.steps.InvalidStepInput;
import ir.khadamat.tenancy.SystemTask;
import ir.khadamat.tenancy.TenantFilter;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The public side of the runtime: a person proves their mobile number with a one-time code sent by SMS, starts a
 * citizen-facing service, and gets an applicant token (signed, one hour) to do their own steps of that case only.
 * Anyone can track a case by its tracking code and see where it stands, nothing personal.
 */
@Stateless
@PermitAll
@Interceptors(TenantFilter.class)
public class PublicServices {

    public static final Duration CODE_LIFE = Duration.ofMinutes(5);
    public static final Duration TOKEN_LIFE = Duration.ofHours(1);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] SECRET = secret();

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Notifier notifier;

    @EJB
    private CaseEngine engine;

    /** What a person gets for a case they started: the tracking code, and the token to act on it. */
    public record Started(String trackingCode, String token) {
    }

    /** Sends a one-time code to the mobile, for that national code. */
    @SystemTask
    public void sendCode(String nationalCode, String mobile) {
        String code = checkPerson(nationalCode, mobile);
        String digits = String.format("%06d", RANDOM.nextInt(1_000_000));
        em.persist(new OneTimeCode(code, normalise(mobile), hash(digits), Instant.now().plus(CODE_LIFE)));
        notifier.send(null, null, "SMS", normalise(mobile), "کد یک‌بار مصرف سامانه خدمات: " + PersianDigits.toPersian(digits)
                + " (اعتبار ۵ دقیقه)");
    }

    /** Starts a case for a person whose one-time code is right. */
    @SystemTask
    public Started start(String cardKey, String provinceCode, String unitCode, String nationalCode, String mobile,
                         String oneTimeCode, String subjectRef) {
        String code = checkPerson(nationalCode, mobile);
        verify(code, normalise(mobile), oneTimeCode);
        ServiceCase c = engine.startForApplicant(cardKey, provinceCode,
                new CaseEngine.StartRequest(unitCode, code, normalise(mobile), subjectRef));
        return new Started(c.getTrackingCode(), token(c.getTrackingCode(), c.getApplicantMobile()));
    }

    /** A new token for the applicant of a case, after a one-time code sent to the case's mobile. */
    @SystemTask
    public String signIn(String trackingCode, String nationalCode, String mobile, String oneTimeCode) {
        engine.applicantCase(trackingCode, normalise(mobile));
        String code = checkPerson(nationalCode, mobile);
        verify(code, normalise(mobile), oneTimeCode);
        return token(trackingCode, normalise(mobile));
    }

    /** The mobile a token was given for, if the token is genuine, in time and for this case. */
    public String mobileOf(String trackingCode, String token) {
        if (token == null || trackingCode == null) {
            throw new CaseNotFound(trackingCode);
        }
        String[] parts = token.split("\\.");
        if (parts.length != 3 || !mac(trackingCode + "|" + parts[0] + "|" + parts[1]).equals(parts[2])) {
            throw new CaseNotFound(trackingCode);
        }
        if (Instant.ofEpochSecond(Long.parseLong(parts[1])).isBefore(Instant.now())) {
            throw new CaseNotFound(trackingCode);
        }
        return parts[0];
    }

    private String token(String trackingCode, String mobile) {
        long expires = Instant.now().plus(TOKEN_LIFE).getEpochSecond();
        return mobile + "." + expires + "." + mac(trackingCode + "|" + mobile + "|" + expires);
    }

    private void verify(String nationalCode, String mobile, String oneTimeCode) {
        OneTimeCode latest = em.createNamedQuery("OneTimeCode.latest", OneTimeCode.class).setParameter("mobile", mobile)
                .setParameter("nationalCode", nationalCode).setMaxResults(1).getResultStream().findFirst().orElse(null);
        String digits = oneTimeCode == null ? "" : PersianDigits.toAscii(oneTimeCode.strip());
        if (latest == null || !latest.tryWith(hash(digits))) {
            em.flush(); // the attempt counts even though the call fails
            throw new OneTimeCodeRefused();
        }
    }

    private static String checkPerson(String nationalCode, String mobile) {
        String code = nationalCode == null ? null : PersianDigits.toAscii(nationalCode.strip());
        InvalidStepInput.Collector problems = new InvalidStepInput.Collector();
        if (!NationalCode.isValid(code)) {
            problems.add("nationalCode", "runtime.field.nationalCode");
        }
        if (mobile == null || !normalise(mobile).matches("09[0-9]{9}")) {
            problems.add("mobile", "runtime.field.mobile");
        }
        problems.throwIfAny();
        return code;
    }

    static String normalise(String mobile) {
        return mobile == null ? null : PersianDigits.toAscii(mobile.strip()).replaceAll("[\\s-]", "")
                .replaceFirst("^\\+98", "0").replaceFirst("^0098", "0");
    }

    private static String hash(String digits) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((digits + "|").getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code KHADAMAT_TOKEN_SECRET} (the same on every node of a cluster), or a random one for this start. */
    private static byte[] secret() {
        String configured = System.getenv("KHADAMAT_TOKEN_SECRET");
        if (configured != null && configured.length() >= 16) {
            return configured.getBytes(StandardCharsets.UTF_8);
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return random;
    }

    /** A one-time code that is wrong, used, expired or tried too often. */
    @jakarta.ejb.ApplicationException(rollback = false)
    public static class OneTimeCodeRefused extends RuntimeException {
        public OneTimeCodeRefused() {
            super("The one-time code is wrong or expired");
        }
    }
}
