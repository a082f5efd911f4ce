package ir.khadamat.runtime;

import ir.khadamat.integration.Exchanges;
import ir.khadamat.persian.JalaliDate;
import ir.khadamat.persian.PersianText;
import ir.khadamat.runtime.cases.CaseEvent;
import ir.khadamat.runtime.cases.InvalidStepInput;
import ir.khadamat.runtime.cases.ServiceCase;
import ir.khadamat.runtime.cases.TrackingCode;
import ir.khadamat.tenancy.Caller;
import ir.khadamat.tenancy.Callers;
import ir.khadamat.tenancy.Roles;
import ir.khadamat.tenancy.TenantFilter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Non-electronic exchanges (§8 «غیر الکترونیکی»): the case's step issued a letter to the other agency and waits;
 * its staff record the reply by hand (number, Jalali date, what it says), and the case goes on with it, in the
 * same transaction.
 */
@Stateless
@Interceptors(TenantFilter.class)
@RolesAllowed({Roles.PROVINCE_STAFF, Roles.PROVINCE_ADMIN})
public class CaseLetters {

    @EJB
    private CaseEngine engine;

    @EJB
    private Cases cases;

    @EJB
    private CaseViews views;

    @EJB
    private Exchanges exchanges;

    @EJB
    private Callers callers;

    @PersistenceContext
    private EntityManager em;

    /** A reply as written on the agency's letter. */
    public record Reply(String number, String date, String text) {
    }

    public CaseView recordReply(TrackingCode trackingCode, Reply reply) {
        ServiceCase c = cases.byTrackingCode(trackingCode);
        var letter = exchanges.awaitedLetter(c.getId())
                .orElseThrow(() -> new InvalidStepInput("reply", "runtime.letter.none"));
        InvalidStepInput.Collector problems = new InvalidStepInput.Collector();
        String number = PersianText.canonicalize(reply == null ? null : reply.number());
        String text = PersianText.canonicalize(reply == null ? null : reply.text());
        JalaliDate date = null;
        if (number == null || number.isBlank()) {
            problems.add("replyNumber", "runtime.field.required");
        } else if (number.length() > 100) {
            problems.add("replyNumber", "runtime.field.tooLong");
        }
        if (text != null && text.length() > CaseEngine.MAX_VALUE_CHARS) {
            problems.add("replyText", "runtime.field.tooLong");
        }
        if (reply == null || reply.date() == null || reply.date().isBlank()) {
            problems.add("replyDate", "runtime.field.required");
        } else {
            try {
                date = JalaliDate.parse(reply.date());
            } catch (RuntimeException e) {
                problems.add("replyDate", "runtime.field.date");
            }
        }
        problems.throwIfAny();
        Caller caller = callers.current();
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("replyNumber", number.strip());
        answer.put("replyDate", date.toString());
        if (text != null && !text.isBlank()) {
            answer.put("reply", text.strip());
        }
        exchanges.recordReply(letter, answer, caller.username());
        em.persist(new CaseEvent(c, caller.username(), letter.getStepId(), "REPLY", letter.getPartner() + " " + number.strip()));
        engine.resume(c.getId());
        return views.find(CaseCaller.staff(), trackingCode);
    }
}
