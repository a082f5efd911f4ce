package ir.khadamat.runtime;

import ir.khadamat.persian.MobileNumber;
import ir.khadamat.runtime.cases.CaseNotFound;
import ir.khadamat.runtime.cases.CaseStatus;
import ir.khadamat.runtime.cases.InvalidStepInput;
import ir.khadamat.runtime.cases.TrackingCode;
import ir.khadamat.testing.Cards;
import ir.khadamat.testing.CaseDriver;
import ir.khadamat.testing.Deployments;
import ir.khadamat.testing.Http;
import ir.khadamat.throttle.Throttled;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * «درخواست‌های من» in the service layer, inside the server: a person who proves their national code and mobile with a
 * one-time code gets a token that lists their cases only — started with both — newest first, and opens each of them;
 * a relative's case on the same phone, their own case from another phone and another person's case are neither
 * listed nor opened; a wrong or used code is refused, and failed codes lock the mobile as every one-time code does.
 * The test server's code cooldown is 2 s (arquillian.xml).
 */
@ExtendWith(ArquillianExtension.class)
class MyRequestsIT {

    private static final String ADDRESS = "198.51.100.20";
    private static String visits;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(MyRequestsIT.class, Http.class, Http.Reply.class, Cards.class,
                CaseDriver.class, CaseDriver.Play.class);
    }

    @ArquillianResource
    URL base;

    @EJB
    PublicServices publicServices;

    @EJB
    CaseViews views;

    @BeforeEach
    void aPublishedVisitService() {
        if (visits == null) {
            visits = new CaseDriver(new Http(base)).publishCopyOf("prisoner-visits");
        }
    }

    @Test
    void theRightCodeListsThatPersonsCasesOnlyNewestFirstAndOpensThem() throws Exception {
        String person = CaseDriver.nationalCode();
        String relative = CaseDriver.nationalCode();
        String other = CaseDriver.nationalCode();
        String phone = mobile("0917");
        String secondPhone = mobile("0918");
        String first = start(person, phone);
        String second = start(person, phone);
        String relatives = start(relative, phone); // the same phone, a relative's national code
        String fromAnotherPhone = start(person, secondPhone);
        String othersPhone = mobile("0919");
        String others = start(other, othersPhone);

        String token = signIn(person, phone);
        List<MyRequest> mine = publicServices.requests(token);
        assertEquals(List.of(second, first), mine.stream().map(MyRequest::trackingCode).toList(),
                "their two cases of this phone, newest first; not " + List.of(relatives, fromAnotherPhone, others));
        MyRequest newest = mine.get(0);
        assertEquals(CaseStatus.OPEN, newest.status());
        assertEquals(MyRequest.Expected.YOU, newest.expected(), "the visit request is theirs to fill in");
        assertTrue(newest.serviceTitle() != null && !newest.serviceTitle().isBlank());
        assertTrue(newest.stepTitle() != null && !newest.stepTitle().isBlank());

        // the token opens their case on its own page, as the applicant who proved the phone ...
        CaseCaller applicant = publicServices.applicant(TrackingCode.of(first), token);
        assertEquals(CaseCaller.applicant(new MobileNumber(phone)), applicant);
        assertEquals(first, views.find(applicant, TrackingCode.of(first)).trackingCode());
        // ... and no case that is not theirs, as if it did not exist
        for (String notTheirs : List.of(relatives, fromAnotherPhone, others)) {
            assertThrows(CaseNotFound.class, () -> publicServices.applicant(TrackingCode.of(notTheirs), token), notTheirs);
        }
        assertThrows(CaseNotFound.class, () -> publicServices.applicant(null, token), "no tracking code");

        // the other person, signed in, sees only theirs
        assertEquals(List.of(others), publicServices.requests(signIn(other, othersPhone)).stream()
                .map(MyRequest::trackingCode).toList());
    }

    @Test
    void aWrongOrUsedCodeIsRefusedAndAMadeUpTokenListsNothing() throws Exception {
        String person = CaseDriver.nationalCode();
        String phone = mobile("0917");
        start(person, phone);
        String code = codeFor(person, phone);
        assertThrows(PublicServices.OneTimeCodeRefused.class,
                () -> publicServices.signInPerson(person, phone, wrong(code), ADDRESS));
        assertThrows(PublicServices.OneTimeCodeRefused.class,
                () -> publicServices.signInPerson(CaseDriver.nationalCode(), phone, code, ADDRESS),
                "the code of that phone for another national code");
        String token = publicServices.signInPerson(person, phone, code, ADDRESS);
        assertEquals(1, publicServices.requests(token).size());
        assertThrows(PublicServices.OneTimeCodeRefused.class,
                () -> publicServices.signInPerson(person, phone, code, ADDRESS), "a code is used once");

        assertThrows(PublicServices.SignInExpired.class, () -> publicServices.requests("made-up-token"));
        assertThrows(PublicServices.SignInExpired.class, () -> publicServices.requests(null));
        String caseToken = publicServices.start(visits, "tehran", "tehran-greater-prison", person, phone,
                codeFor(person, phone), null, ADDRESS).token();
        assertThrows(PublicServices.SignInExpired.class, () -> publicServices.requests(caseToken),
                "a case's token lists no person's cases");

        InvalidStepInput bad = assertThrows(InvalidStepInput.class,
                () -> publicServices.signInPerson("123", "not a phone", "000000", ADDRESS));
        assertEquals(List.of("nationalCode", "mobile"), bad.problems().stream().map(InvalidStepInput.Problem::field).toList());
    }

    @Test
    void failedCodesLockTheMobileEvenForTheRightCode() throws Exception {
        String person = CaseDriver.nationalCode();
        String phone = mobile("0917");
        publicServices.sendCode(person, phone, ADDRESS);
        String code = new CaseDriver(new Http(base)).lastCodeSentTo(phone);
        Throttled locked = null;
        for (int i = 0; i < 15 && locked == null; i++) {
            try {
                publicServices.signInPerson(person, phone, wrong(code), ADDRESS);
            } catch (PublicServices.OneTimeCodeRefused e) {
                // counted
            } catch (Throttled e) {
                locked = e;
            }
        }
        assertTrue(locked != null && locked.what().startsWith("code.locked"), "failed codes lock the mobile: " + locked);
        assertThrows(Throttled.class, () -> publicServices.signInPerson(person, phone, code, ADDRESS),
                "the right code waits for the lock too");
    }

    /** A case of the visit service started on the public side with that national code and mobile. */
    private String start(String nationalCode, String phone) throws Exception {
        return publicServices.start(visits, "tehran", "tehran-greater-prison", nationalCode, phone,
                codeFor(nationalCode, phone), null, ADDRESS).trackingCode();
    }

    private String signIn(String nationalCode, String phone) throws Exception {
        return publicServices.signInPerson(nationalCode, phone, codeFor(nationalCode, phone), ADDRESS);
    }

    /** Sends a one-time code and reads it off the demonstration's phone, past the test server's 2 s cooldown. */
    private String codeFor(String nationalCode, String phone) throws Exception {
        for (int i = 0; ; i++) {
            try {
                publicServices.sendCode(nationalCode, phone, ADDRESS);
                return new CaseDriver(new Http(base)).lastCodeSentTo(phone);
            } catch (Throttled e) {
                if (i > 5 || !e.what().startsWith("code.cooldown")) {
                    throw e;
                }
                Thread.sleep(e.retryAfterSeconds() * 1000L + 100);
            }
        }
    }

    private static String mobile(String prefix) {
        return prefix + String.format("%07d", (int) (Math.random() * 9_999_999));
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }
}
