package ir.khadamat.runtime.steps;

import ir.khadamat.catalog.process.ProcessDefinition;
import ir.khadamat.catalog.process.ProcessDefinitions;
import ir.khadamat.runtime.appointment.BookedVisit;
import ir.khadamat.runtime.cases.CaseData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a booked visit says: its SMS and the lines of its visit card, in Persian words and Persian digits. */
class VisitCardTest {

    /** Nowruz 1405 (Saturday 21 March 2026), half past nine in Tehran. */
    static final BookedVisit VISIT = new BookedVisit("IN_PERSON",
            OffsetDateTime.parse("2026-03-21T09:30:00+03:30").toInstant(), "زندان تهران بزرگ", "Greater Tehran Prison");

    @Test
    void aVisitIsNamedInPersianWithItsJalaliDayAndHour() {
        assertEquals("ملاقات حضوری", VISIT.typeTitle());
        assertEquals("شنبه ۱ فروردین ۱۴۰۵", VISIT.day());
        assertEquals("۰۹:۳۰", VISIT.time());
        assertEquals("شنبه ۱ فروردین ۱۴۰۵، ساعت ۰۹:۳۰", VISIT.when());
        assertEquals("ملاقات", new BookedVisit("VIDEO", VISIT.startsAt(), null, null).typeTitle(),
                "a type with no Persian name is no Latin code on a card");
    }

    @Test
    void theSmsSaysWhenWhereAndTheTrackingCode() {
        String template = process().step("confirm-sms").orElseThrow().setting("message");
        String sms = NotificationStep.fill(template, name -> switch (name) {
            case "trackingCode" -> "۱۲۳۴۵۶۷۸۹۰۱۲۳۴۵۶";
            case "visitType" -> VISIT.typeTitle();
            case "visitTime" -> VISIT.when();
            case "prison" -> VISIT.prison();
            default -> null;
        });
        assertTrue(sms.contains("ملاقات حضوری") && sms.contains("شنبه ۱ فروردین ۱۴۰۵، ساعت ۰۹:۳۰")
                && sms.contains("زندان تهران بزرگ") && sms.contains("۱۲۳۴۵۶۷۸۹۰۱۲۳۴۵۶"), sms);
        assertFalse(sms.matches("(?s).*[0-9A-Za-z{}].*"), "no Latin digit, code or placeholder left: " + sms);
    }

    @Test
    void theCardHasWhoWhomWhenWhereAndNoStaffNote() {
        ProcessDefinition p = process();
        CaseData data = CaseData.read("{}")
                .put("request", Map.of("visitorNationalCode", "0012345679", "visitorName", "مریم احمدی",
                        "mobile", "09121234567", "prisonerNumber", "T-4455", "prisonerName", "علی رضایی", "relation", "spouse"))
                .put("documents", Map.of("visitRequestForm", "uploaded", "identityCard", "uploaded"))
                .put("verify", Map.of("outcome", "approved", "note", "یادداشت داخلی کارمند"))
                .put("appointment", Map.of("visitType", "IN_PERSON", "slot", VISIT.startsAt().toString(), "seat", "3"));
        StepRun run = new StepRun(null, p, p.step("visit-card").orElseThrow(), data, null, "ملاقات با زندانیان", "system");
        Map<String, String> lines = OutputStep.visitCard(run, VISIT);
        assertEquals(List.of("کد ملی ملاقات‌کننده", "نام و نام خانوادگی ملاقات‌کننده", "شماره زندانی",
                "نام و نام خانوادگی زندانی", "نسبت با زندانی", "نوع ملاقات", "تاریخ ملاقات", "ساعت ملاقات", "محل ملاقات"),
                List.copyOf(lines.keySet()), "no mobile, no file, no staff's note");
        assertEquals("مریم احمدی", lines.get("نام و نام خانوادگی ملاقات‌کننده"));
        assertEquals("همسر", lines.get("نسبت با زندانی"), "a choice by its label");
        assertEquals("ملاقات حضوری", lines.get("نوع ملاقات"));
        assertEquals("شنبه ۱ فروردین ۱۴۰۵", lines.get("تاریخ ملاقات"));
        assertEquals("زندان تهران بزرگ", lines.get("محل ملاقات"));
        assertFalse(lines.containsValue("یادداشت داخلی کارمند"));
    }

    static ProcessDefinition process() {
        try (InputStream in = VisitCardTest.class.getResourceAsStream("/catalog-data/processes/prisoner-visits.json")) {
            return ProcessDefinitions.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
