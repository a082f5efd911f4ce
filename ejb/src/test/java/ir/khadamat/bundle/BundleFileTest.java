package ir.khadamat.bundle;

import ir.khadamat.catalog.BundleRefused;
import ir.khadamat.catalog.CardStatus;
import ir.khadamat.catalog.TransferPlan;
import ir.khadamat.catalog.TransferredVersion;
import ir.khadamat.json.BoundedJson;
import ir.khadamat.runtime.appointment.Appointments;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A bundle as a file: what is written is read back the same; what is not a bundle of this format is refused whole. */
class BundleFileTest {

    private static final BoundedJson.Limits LIMITS = new BoundedJson.Limits(1_000_000, 64, 100_000);

    private static BundleFile.Bundle bundle() {
        Instant t = Instant.parse("2026-12-06T10:15:30Z");
        return new BundleFile.Bundle(t, "test.khadamat.ir",
                List.of(new TransferPlan.AgencyEntry("prisons", "سازمان زندان‌ها", "Prisons Organization", null),
                        new TransferPlan.AgencyEntry("prisons-tehran", "اداره کل زندان‌های تهران", null, "prisons")),
                List.of(new TransferPlan.CardEntry("visits", null, null, List.of(
                        new TransferredVersion(1, CardStatus.SUPERSEDED, null, t, t, t, t, "{\"key\":\"visits\",\"n\":1}",
                                "{\"steps\":[]}"),
                        new TransferredVersion(2, CardStatus.DRAFT, 1, t, t.plusSeconds(60), null, null,
                                "{\"key\":\"visits\",\"n\":null}", null)))),
                List.of(new Appointments.UnitSlots("tehran", "evin", List.of(
                        new Appointments.WeeklySlot("IN_PERSON", 6, "09:00", 60, 10)))));
    }

    @Test
    void whatIsWrittenIsReadBackTheSame() {
        String text = BundleFile.write(bundle());

        BundleFile.Bundle read = BundleFile.read(text, LIMITS);

        assertEquals(bundle(), read);
        assertEquals(text, BundleFile.write(read));
        assertTrue(text.contains("\"formatVersion\": 1") || text.contains("\"formatVersion\":1"), text);
        assertTrue(text.contains("\n"), "indented, to compare line by line");
    }

    @Test
    void aBundleOfANewerFormatIsRefusedWhole() {
        String newer = BundleFile.write(bundle()).replaceFirst("\"formatVersion\": ?1", "\"formatVersion\": 2");

        BundleRefused refused = assertThrows(BundleRefused.class, () -> BundleFile.read(newer, LIMITS));

        assertFalse(refused.conflict());
        assertEquals("/formatVersion", refused.findings().get(0).pointer());
        assertTrue(refused.findings().get(0).message().contains("newer release"), refused.findings().toString());
        assertTrue(refused.getMessage().contains("nothing was imported"), refused.getMessage());
    }

    @Test
    void whatIsNotABundleIsNamedByItsPlace() {
        String card = "{\"formatVersion\":1,\"key\":\"visits\"}";
        String badStatus = BundleFile.write(bundle()).replace("\"DRAFT\"", "\"LOST\"");
        String badTime = BundleFile.write(bundle()).replace("2026-12-06T10:16:30Z", "1405/09/15");
        String badSlot = BundleFile.write(bundle()).replace("\"09:00\"", "\"9 o'clock\"");

        assertEquals("/format", assertThrows(BundleRefused.class, () -> BundleFile.read(card, LIMITS)).findings().get(0).pointer());
        assertTrue(assertThrows(BundleRefused.class, () -> BundleFile.read("[1,", LIMITS)).findings().get(0).message()
                .startsWith("not a bundle"));
        assertEquals("", assertThrows(BundleRefused.class, () -> BundleFile.read(null, LIMITS)).findings().get(0).pointer());
        assertEquals("/cards/0/versions/1/status",
                assertThrows(BundleRefused.class, () -> BundleFile.read(badStatus, LIMITS)).findings().get(0).pointer());
        assertEquals("/cards/0/versions/1/updatedAt",
                assertThrows(BundleRefused.class, () -> BundleFile.read(badTime, LIMITS)).findings().get(0).pointer());
        String badAgency = BundleFile.write(bundle()).replace("\"prisons-tehran\"", "\"Prisons Tehran!\"");
        assertEquals("/agencies/1/code",
                assertThrows(BundleRefused.class, () -> BundleFile.read(badAgency, LIMITS)).findings().get(0).pointer());
        assertEquals("/units/0/slots/0/startTime",
                assertThrows(BundleRefused.class, () -> BundleFile.read(badSlot, LIMITS)).findings().get(0).pointer());
    }
}
