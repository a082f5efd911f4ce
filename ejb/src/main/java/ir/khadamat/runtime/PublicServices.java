package ir.khadamat.runtime;

import ir.khadamat.catalog.CardSummary;
import ir.khadamat.catalog.process.ProcessDefinitions;
import ir.khadamat.persian.MobileNumber;
import ir.khadamat.persian.NationalCode;
import ir.khadamat.persian.PersianDigits;
import ir.khadamat.runtime.cases.CaseNotFound;
import ir.khadamat.runtime.cases.InvalidStepInput;
import ir.khadamat.runtime.cases.ServiceCase;
import ir.khadamat.runtime.cases.TrackingCode;
import ir.khadamat.runtime.notification.Notifier;
import ir.khadamat.schedule.TimerRounds;
import ir.khadamat.settings.Settings;
import ir.khadamat.tenancy.SystemTask;
import ir.khadamat.tenancy.TenantFilter;
import ir.khadamat.throttle.Throttled;
import ir.khadamat.throttle.Throttles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The public side of the runtime: a person proves their mobile number with a one-time code sent by SMS, starts a
 * citizen-facing service, and gets an applicant token (opaque, one hour, kept server-side as a digest) to do their own
 * steps of that case only. Coming back later, in any browser, they prove national code and mobile again and get a
 * person's token for every case started with both («درخواست‌های من», {@link #signInPerson}).
 * Anyone can track a case by its tracking code and see where it stands, nothing personal.
 */
@Stateless
@PermitAll
@Interceptors(TenantFilter.class)
public class PublicServices {

    public static final Duration CODE_LIFE = Duration.ofMinutes(5);
    public static final Duration TOKEN_LIFE = Duration.ofHours(1);
    /** The SMS of a one-time code; the outbox keeps it with {@link #MASK} in place of the code. */
    static final String CODE_TEXT = "کد یک‌بار مصرف سامانه خدمات: %s (اعتبار ۵ دقیقه)";
    public static final String MASK = "••••••";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] SECRET = secret();

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Notifier notifier;

    @EJB
    private TimerRounds rounds;

    @EJB
    private CaseEngine engine;

    @EJB
    private Cases cases;

    @EJB
    private Throttles throttles;

    @EJB
    private CaseViews views;

    @Inject
    private RunnableServices definitions;

    /** What a person gets for a case they started: the tracking code, and the token to act on it. */
    public record Started(String trackingCode, String token) {
    }

    /**
     * Sends a one-time code to the mobile, for that national code, asked from a client address (null: unknown). Refused
     * with {@link Throttled} while the mobile is locked by failed codes, within the cooldown, or over the caps per
     * mobile and per address. The code goes to the SMS gateway only; the outbox keeps the message with the code masked
     * and the database only its salted HMAC.
     */
    @SystemTask
    public void sendCode(String nationalCode, String mobile, String clientAddress) {
        Claimant claimant = checkPerson(nationalCode, mobile);
        MobileNumber to = claimant.mobile();
        throttles.codeRequested(to.value(), clientAddress);
        String digits = String.format("%06d", RANDOM.nextInt(1_000_000));
        String salt = salt();
        em.persist(new OneTimeCode(claimant.nationalCode(), to, salt, hash(salt, to, digits), Instant.now().plus(CODE_LIFE)));
        notifier.sendSecret(null, null, "SMS", to.value(), CODE_TEXT.formatted(PersianDigits.toPersian(digits)), CODE_TEXT.formatted(MASK));
    }

    /**
     * Of the published cards listed (the ones the caller sees), those whose process the public starts
     * ({@code applicant: public}); a card running its §10 diagram is staff's. Read from the definition cache, not
     * parsed again per request; in the system's scope, since the list already is what the caller may see.
     */
    @SystemTask
    public List<CardSummary> startedByThePublic(List<CardSummary> published) {
        return published.stream().filter(c -> startedByThePublic(c.key(), c.versionNo())).toList();
    }

    /**
     * Whether the public starts a published card version's process ({@code applicant: public}), for its service page;
     * a version whose §10 diagram draws no sound process is not started by anyone.
     */
    @SystemTask
    public boolean startedByThePublic(String cardKey, int versionNo) {
        try {
            return "public".equals(definitions.of(cardKey, versionNo).process().applicant());
        } catch (ProcessDefinitions.UnsoundDefinition e) {
            return false;
        }
    }

    /** Starts a case for a person whose one-time code is right. */
    @SystemTask
    public Started start(String cardKey, String provinceCode, String unitCode, String nationalCode, String mobile,
                         String oneTimeCode, String subjectRef, String clientAddress) {
        Claimant claimant = checkPerson(nationalCode, mobile);
        verify(claimant, oneTimeCode, clientAddress);
        MobileNumber proved = claimant.mobile();
        CaseMove c = engine.start(CaseCaller.applicant(proved), cardKey, provinceCode,
                new CaseEngine.StartRequest(unitCode, claimant.nationalCode().value(), proved.value(), subjectRef));
        return new Started(c.trackingCode(), token(TrackingCode.of(c.trackingCode()), proved));
    }

    /**
     * A new token for the applicant of a case, after a one-time code sent to the case's mobile. Whether the case
     * exists or was started with that mobile, a caller without the right code hears the same refusal, and so does one
     * whose code is right for a case that is not theirs: the call tells nothing about a case's applicant.
     *
     * @param trackingCode null for a text that is no tracking code: refused as a case that is not theirs
     */
    @SystemTask
    public String signIn(TrackingCode trackingCode, String nationalCode, String mobile, String oneTimeCode, String clientAddress) {
        Claimant claimant = checkPerson(nationalCode, mobile);
        MobileNumber to = claimant.mobile();
        verify(claimant, oneTimeCode, clientAddress);
        if (trackingCode == null || cases.find(trackingCode).filter(c -> to.equals(c.getApplicantMobile())).isEmpty()) {
            throw new OneTimeCodeRefused();
        }
        return token(trackingCode, to);
    }

    /**
     * A person's token (one hour, kept server-side as a digest) after a one-time code sent to that mobile for that
     * national code: it stands for every case started with both, as {@link #requests} lists them. A wrong, used or
     * expired code is refused, and counted by the same throttles as every code.
     */
    @SystemTask
    public String signInPerson(String nationalCode, String mobile, String oneTimeCode, String clientAddress) {
        Claimant claimant = checkPerson(nationalCode, mobile);
        verify(claimant, oneTimeCode, clientAddress);
        String token = randomToken();
        em.persist(ApplicantToken.forPerson(sha256(token), claimant.nationalCode(), claimant.mobile(),
                Instant.now().plus(TOKEN_LIFE)));
        return token;
    }

    /**
     * The cases of the person a token of {@link #signInPerson} stands for, newest first: those started with their
     * national code and the mobile they proved, nobody else's.
     *
     * @throws SignInExpired for a token that is no person's, or is out of time
     */
    @SystemTask
    public List<MyRequest> requests(String personToken) {
        ApplicantToken t = personToken == null || personToken.length() > 100 ? null
                : em.find(ApplicantToken.class, sha256(personToken));
        if (t == null || !t.isPerson(Instant.now())) {
            throw new SignInExpired();
        }
        CaseCaller applicant = CaseCaller.applicant(t.getMobile());
        return em.createNamedQuery("ServiceCase.ofApplicant", ServiceCase.class)
                .setParameter("nationalCode", t.getNationalCode()).setParameter("mobile", t.getMobile())
                .getResultStream().map(c -> MyRequest.of(views.of(c, applicant))).toList();
    }

    /**
     * The applicant a token stands for: the mobile it was given for, if the token is one the server gave, in time and
     * for this case — a case's token for that case, a person's for a case started with their national code and
     * mobile; any other is refused as a case not found.
     */
    @SystemTask
    public CaseCaller applicant(TrackingCode trackingCode, String token) {
        if (trackingCode == null) {
            throw new CaseNotFound("without a tracking code");
        }
        if (token == null || token.length() > 100) {
            throw new CaseNotFound(trackingCode);
        }
        ApplicantToken t = em.find(ApplicantToken.class, sha256(token));
        Instant now = Instant.now();
        boolean theirs = t != null && (t.isFor(trackingCode, now) || t.isPerson(now)
                && cases.find(trackingCode).filter(c -> t.isPersonOf(c.getApplicantCode(), c.getApplicantMobile(), now)).isPresent());
        if (!theirs) {
            throw new CaseNotFound(trackingCode);
        }
        return CaseCaller.applicant(t.getMobile());
    }

    /** Expired applicant tokens are deleted every hour. */
    @Schedule(hour = "*", minute = "23", persistent = false)
    @SystemTask
    public void purgeTokens() {
        if (rounds.claim("purge-applicant-tokens", Duration.ofHours(1)).isEmpty()) {
            return; // another server of the cluster runs this round
        }
        em.createNamedQuery("ApplicantToken.purge").setParameter("now", Instant.now()).executeUpdate();
    }

    /** An opaque random token; the server keeps its digest with the case and mobile it stands for. */
    private String token(TrackingCode trackingCode, MobileNumber mobile) {
        String token = randomToken();
        em.persist(new ApplicantToken(sha256(token), trackingCode, mobile, Instant.now().plus(TOKEN_LIFE)));
        return token;
    }

    private static String randomToken() {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private void verify(Claimant claimant, String oneTimeCode, String clientAddress) {
        MobileNumber mobile = claimant.mobile();
        throttles.refuseIfCodesLocked(mobile.value(), clientAddress);
        OneTimeCode latest = em.createNamedQuery("OneTimeCode.latest", OneTimeCode.class).setParameter("mobile", mobile)
                .setParameter("nationalCode", claimant.nationalCode()).setMaxResults(1).getResultStream().findFirst()
                .orElse(null);
        String digits = oneTimeCode == null ? "" : PersianDigits.toAscii(oneTimeCode.strip());
        if (latest == null || !latest.tryWith(hash(latest.salt(), mobile, digits))) {
            em.flush(); // the attempt counts even though the call fails
            throttles.codeFailed(mobile.value(), clientAddress);
            throw new OneTimeCodeRefused();
        }
    }

    /** Who a member of the public says they are. */
    private record Claimant(NationalCode nationalCode, MobileNumber mobile) {
    }

    private static Claimant checkPerson(String nationalCode, String mobile) {
        NationalCode code = NationalCode.parse(nationalCode).orElse(null);
        MobileNumber phone = MobileNumber.parse(mobile).orElse(null);
        InvalidStepInput.Collector problems = new InvalidStepInput.Collector();
        if (code == null) {
            problems.add("nationalCode", "runtime.field.nationalCode");
        }
        if (phone == null) {
            problems.add("mobile", "runtime.field.mobile");
        }
        problems.throwIfAny();
        return new Claimant(code, phone);
    }

    /** HMAC-SHA-256 under the server's secret over the code's own salt, the mobile and the digits. */
    static String hash(String salt, MobileNumber mobile, String digits) {
        if (salt == null) {
            return "-"; // a code of an earlier version, kept unsalted: never matches
        }
        return mac(salt + "|" + mobile.value() + "|" + digits);
    }

    private static String salt() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return Base64.getEncoder().encodeToString(salt);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
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

    /**
     * The key of the one-time codes' HMAC: {@code KHADAMAT_TOKEN_SECRET} (at least 16 characters, the same on every node
     * of a cluster), or a random one for this start (codes in flight are then refused after a restart).
     */
    private static byte[] secret() {
        String configured = Settings.text("khadamat.token.secret").orElse(null); // KHADAMAT_TOKEN_SECRET
        if (configured != null && configured.length() >= 16) {
            return configured.getBytes(StandardCharsets.UTF_8);
        }
        java.util.logging.Logger.getLogger(PublicServices.class.getName()).warning("KHADAMAT_TOKEN_SECRET is not set:"
                + " one-time codes are checked only by the server that sent them, until it restarts; every node of a"
                + " cluster needs the same secret (docs/operations.md)");
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return random;
    }

    /** A person's token that the server did not give, or whose hour is over: sign in again. */
    @ApplicationException(rollback = false)
    public static class SignInExpired extends RuntimeException {
        public SignInExpired() {
            super("Sign in again");
        }
    }

    /** A one-time code that is wrong, used, expired or tried too often. */
    @ApplicationException(rollback = false)
    public static class OneTimeCodeRefused extends RuntimeException {
        public OneTimeCodeRefused() {
            super("The one-time code is wrong or expired");
        }
    }
}
