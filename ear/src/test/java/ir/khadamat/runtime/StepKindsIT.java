package ir.khadamat.runtime;

import ir.khadamat.catalog.form.Period;
import ir.khadamat.integration.PartnerSimulator;
import ir.khadamat.persian.Iran;
import ir.khadamat.runtime.CaseAttachments;
import ir.khadamat.runtime.CaseCaller;
import ir.khadamat.runtime.CaseEngine;
import ir.khadamat.runtime.CaseMove;
import ir.khadamat.runtime.CaseView;
import ir.khadamat.runtime.CaseViews;
import ir.khadamat.runtime.appointment.Appointments;
import ir.khadamat.runtime.cases.CaseNotFound;
import ir.khadamat.runtime.cases.CaseStatus;
import ir.khadamat.runtime.cases.InvalidStepInput;
import ir.khadamat.runtime.cases.TrackingCode;
import ir.khadamat.statistics.ServiceStatistics;
import ir.khadamat.testing.As;
import ir.khadamat.testing.CardPublisher;
import ir.khadamat.testing.Cards;
import ir.khadamat.testing.Deployments;
import ir.khadamat.testing.Http;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Step kinds inside the server, where the runtime's guarantees live: no double booking of the last seat under
 * concurrent requests, a declined payment tried again, a partner that is down leaves the case waiting and it goes
 * on when the partner is back.
 */
@ExtendWith(ArquillianExtension.class)
class StepKindsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(StepKindsIT.class, CardPublisher.class, As.class, Http.class, Cards.class);
    }

    @EJB
    CaseEngine engine;

    @EJB
    CaseViews views;

    @EJB
    CaseAttachments attachments;

    @Inject
    CardPublisher publisher;

    @Inject
    PartnerSimulator partners;

    private String publish(String steps) throws Exception {
        return publisher.publishWithSteps("kinds", steps);
    }

    @Test
    void theLastSeatGoesToOneCaseOnly() throws Exception {
        String key = publish("{\"id\":\"s1\",\"title\":\"نوبت\",\"kind\":\"APPOINTMENT\",\"role\":\"province-staff\","
                + "\"config\":{\"visitTypes\":\"PRIVATE\"},\"next\":[{\"to\":\"end\"}]}");
        List<TrackingCode> codes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            codes.add(TrackingCode.of(As.user("tehran-staff", () -> engine.start(CaseCaller.staff(), key, null,
                    new CaseEngine.StartRequest("tehran-greater-prison", null, null, null)).trackingCode())));
        }
        Appointments.Slot slot = As.user("tehran-staff", () -> attachments.slots(CaseCaller.staff(), codes.get(0), "PRIVATE", null, 14)).stream()
                .filter(s -> s.free() == s.capacity()).findFirst().orElseThrow();
        assertEquals(2, slot.capacity(), "private visits: two seats a slot (demo templates)");
        var staff = As.identity("tehran-staff");
        ExecutorService pool = Executors.newFixedThreadPool(3);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> holds = new ArrayList<>();
        for (TrackingCode code : codes) {
            holds.add(pool.submit((Callable<Boolean>) () -> {
                go.await();
                try {
                    staff.runAs((PrivilegedExceptionAction<Object>) () -> attachments.hold(CaseCaller.staff(), code, "PRIVATE", slot.startsAt()));
                    return true;
                } catch (InvalidStepInput e) {
                    return false;
                } catch (PrivilegedActionException e) {
                    if (e.getCause() instanceof InvalidStepInput) {
                        return false;
                    }
                    throw e;
                }
            }));
        }
        go.countDown();
        int won = 0;
        for (Future<Boolean> f : holds) {
            won += f.get() ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(2, won, "three cases asked at once for the two seats: two got one, one was told it is full");
        Appointments.Slot after = As.user("tehran-staff", () -> attachments.slots(CaseCaller.staff(), codes.get(0), "PRIVATE", null, 14)).stream()
                .filter(s -> s.startsAt().equals(slot.startsAt())).findFirst().orElseThrow();
        assertEquals(0, after.free());
    }

    @EJB
    Appointments appointments;

    @Test
    void aClosedDayHasNoSlotsAndANewWeeklySlotHas() throws Exception {
        String unit = "tehran-greater-prison";
        LocalDate day = Iran.today().plusDays(20);
        while (day.getDayOfWeek() != DayOfWeek.SATURDAY) {
            day = day.plusDays(1);
        }
        LocalDate saturday = day;
        assertTrue(As.user("tehran-staff", () -> appointments.slots(unit, "IN_PERSON", saturday, 1)).size() > 0);
        As.user("tehran-admin", () -> {
            appointments.closeDay(unit, saturday, "تعطیل رسمی");
            return null;
        });
        assertEquals(0, As.user("tehran-staff", () -> appointments.slots(unit, "IN_PERSON", saturday, 1)).size(),
                "a closed day has no slots");
        int sundays = As.user("tehran-staff", () -> appointments.slots(unit, "LAWYER", saturday.plusDays(1), 1)).size();
        As.user("tehran-admin", () -> appointments.addTemplate(unit, new Appointments.WeeklySlot("LAWYER", 7, "16:00", 30, 3)));
        assertEquals(sundays + 1, As.user("tehran-staff", () -> appointments.slots(unit, "LAWYER", saturday.plusDays(1), 1)).size());
        assertThrows(CaseNotFound.class, () -> As.user("isfahan-admin",
                () -> appointments.addTemplate(unit, new Appointments.WeeklySlot("LAWYER", 7, "17:00", 30, 3))),
                "another province's unit is not found");
    }

    @EJB
    ServiceStatistics statistics;

    @Test
    void statisticsAreMeasuredFromCasesInTheCallersScope() throws Exception {
        String key = publish("{\"id\":\"s1\",\"title\":\"ثبت\",\"kind\":\"FORM\",\"role\":\"province-staff\","
                + "\"next\":[{\"to\":\"end\"}]}");
        for (int i = 0; i < 3; i++) {
            CaseMove c = As.user("tehran-staff", () -> engine.start(CaseCaller.staff(), key, null, new CaseEngine.StartRequest(null, null, null, null)));
            if (i < 2) {
                As.user("tehran-staff", () -> engine.submit(CaseCaller.staff(), TrackingCode.of(c.trackingCode()), "s1", Map.of(), c.version()));
            }
        }
        var national = As.user("reviewer", () -> statistics.measure(key, null, Period.YEAR));
        assertEquals(1, national.measured().size(), national.toString());
        assertEquals(3, national.measured().get(0).received());
        assertEquals(2, national.measured().get(0).delivered());
        assertTrue(national.measured().get(0).averageDays() >= 0);
        assertTrue(national.measured().get(0).period().matches("1[34][0-9]{2}"), "a Jalali year");
        assertEquals(1, national.declared().size());
        var tehran = As.user("tehran-admin", () -> statistics.measure(key, "isfahan", Period.MONTH));
        assertEquals("tehran", tehran.province(), "a province's users always get their own");
        assertEquals(3, tehran.measured().get(0).received());
        var isfahan = As.user("isfahan-staff", () -> statistics.measure(key, null, Period.SEASON));
        assertTrue(isfahan.measured().isEmpty(), "another province's cases are not counted for Isfahan");
    }

    @Test
    void aDeclinedPaymentIsTriedAgain() throws Exception {
        String key = publish("{\"id\":\"s1\",\"title\":\"پرداخت\",\"kind\":\"PAYMENT\",\"role\":\"province-staff\","
                + "\"config\":{\"amountRials\":\"250000\"},\"next\":[{\"to\":\"end\"}]}");
        CaseView c = As.user("tehran-staff", () -> engine.startAndShow(CaseCaller.staff(), key, null, new CaseEngine.StartRequest(null, null, null, null)));
        assertEquals(250000L, c.currentStep().amountRials());
        InvalidStepInput declined = assertThrows(InvalidStepInput.class, () -> As.user("tehran-staff",
                () -> engine.submit(CaseCaller.staff(), TrackingCode.of(c.trackingCode()), "s1", Map.of("payerReference", "decline"), c.version())));
        assertEquals("payment", declined.problems().get(0).field());
        CaseView again = As.user("tehran-staff", () -> views.find(CaseCaller.staff(), TrackingCode.of(c.trackingCode())));
        CaseView paid = As.user("tehran-staff", () -> engine.submitAndShow(CaseCaller.staff(), TrackingCode.of(c.trackingCode()), "s1", Map.of(), again.version()));
        assertEquals(CaseStatus.CLOSED, paid.status());
        assertTrue(paid.payments().stream().anyMatch(p -> p.status().equals("PAID") && p.receipt() != null));
    }

    @Test
    void aPartnerThatIsDownLeavesTheCaseWaitingUntilItIsBack() throws Exception {
        String key = publish("{\"id\":\"s1\",\"title\":\"استعلام\",\"kind\":\"INQUIRY\",\"role\":\"system\","
                + "\"config\":{\"partner\":\"tvto\",\"operation\":\"course-registration\"},\"next\":[{\"to\":\"end\"}]}");
        partners.setDown("tvto", true);
        try {
            CaseView c = As.user("tehran-staff", () -> engine.startAndShow(CaseCaller.staff(), key, null, new CaseEngine.StartRequest(null, null, null, null)));
            assertEquals(CaseStatus.WAITING, c.status());
            assertEquals("tvto", c.waitingFor());
            assertTrue(c.exchanges().stream().anyMatch(x -> x.outcome().equals("FAILED")), "the failed attempt is logged");
            partners.setDown("tvto", false);
            CaseView done = null;
            for (int i = 0; i < 40 && (done == null || done.status() != CaseStatus.CLOSED); i++) {
                Thread.sleep(1000); // the timer tries waiting cases every 15 seconds
                done = As.user("tehran-staff", () -> views.find(CaseCaller.staff(), TrackingCode.of(c.trackingCode())));
            }
            assertEquals(CaseStatus.CLOSED, done.status(), "the case went on when the partner came back");
            assertEquals(1, done.history().stream().filter(e -> e.action().equals("CLOSED")).count(), "and ended once");
        } finally {
            partners.setDown("tvto", false);
        }
    }
}
