package ir.khadamat.runtime;

import ir.khadamat.catalog.form.Access;
import ir.khadamat.catalog.form.WebAddress;
import ir.khadamat.persian.JalaliDate;
import ir.khadamat.runtime.cases.InvalidStepInput;
import ir.khadamat.runtime.documents.CaseDocuments;
import ir.khadamat.runtime.documents.DocumentKind;
import jakarta.validation.Validation;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of issue 10 §4 that need no server: web addresses, Jalali years, file kinds, staff input, quota. */
class RuleValidatorsTest {

    @Test
    void onlyHttpAndHttpsWebAddressesWithAHost() {
        for (String ok : List.of("https://www.prisons.ir/", "http://example.ir/a?b=c#d", "HTTPS://EXAMPLE.IR", " https://x.ir ")) {
            assertTrue(WebAddress.Validator.valid(ok), ok);
        }
        for (String bad : List.of("javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "data:text/html,x",
                "vbscript:x", "file:///etc/passwd", "www.example.ir", "https://", "https:///path", "http://user:pw@example.ir",
                "https://exa mple.ir", "https://example.ir/\nx", "ftp://example.ir")) {
            assertFalse(WebAddress.Validator.valid(bad), bad);
        }
        assertTrue(WebAddress.Validator.valid(null), "unknown stays allowed");
        assertTrue(WebAddress.Validator.valid(""));
    }

    @Test
    void theWebAddressOfACardIsCheckedByBeanValidation() {
        var validator = Validation.buildDefaultValidatorFactory().getValidator();
        Set<String> paths = validator.validate(new Access("javascript:alert(1)", null, null, null, null, null)).stream()
                .map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
        assertEquals(Set.of("webAddress"), paths);
        assertTrue(validator.validate(new Access("https://www.prisons.ir", null, null, null, null, null)).isEmpty());
    }

    @Test
    void aJalaliDateTypedHasAPlausibleYear() {
        assertEquals(LocalDate.of(2024, 3, 20), JalaliDate.parse("1403/01/01").toLocalDate());
        assertEquals(1300, JalaliDate.parse("۱۳۰۰/۰۱/۰۱").year());
        assertEquals(1500, JalaliDate.parse("1500/12/29").year());
        IllegalArgumentException gregorian = assertThrows(IllegalArgumentException.class, () -> JalaliDate.parse("2026/03/01"));
        assertTrue(gregorian.getMessage().contains("Gregorian"), gregorian.getMessage());
        assertThrows(IllegalArgumentException.class, () -> JalaliDate.parse("1299/12/29"));
        assertThrows(IllegalArgumentException.class, () -> JalaliDate.parse("1501/01/01"));
        assertThrows(IllegalArgumentException.class, () -> JalaliDate.parse("۲۰۲۶-۰۳-۰۱"));
        assertEquals(2026, JalaliDate.of(2026, 1, 1).year(), "dates the program makes are not limited");
    }

    @Test
    void aFileIsOfTheKindItsBytesSay() {
        assertEquals(Optional.of(DocumentKind.PDF), DocumentKind.of("%PDF-1.7\n...".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(Optional.of(DocumentKind.JPEG), DocumentKind.of(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0}));
        assertEquals(Optional.of(DocumentKind.PNG), DocumentKind.of(new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0}));
        for (String other : List.of("<html><script>alert(1)</script>", "<svg onload=alert(1)>", "PK\u0003\u0004", "%PDF", "")) {
            assertEquals(Optional.empty(), DocumentKind.of(other.getBytes(StandardCharsets.ISO_8859_1)), other);
        }
        assertEquals(Optional.empty(), DocumentKind.of(null));
        assertEquals("application/octet-stream", DocumentKind.mediaTypeOf("<html>".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals("image/png", DocumentKind.mediaTypeOf(new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0}));
    }

    @Test
    void aStoredFileNameHasNoPathAndEndsAsItsKind() {
        assertEquals("letter.pdf", CaseAttachments.fileName("C:\\Users\\x\\letter.pdf", "scan", DocumentKind.PDF));
        assertEquals("evil.html.pdf", CaseAttachments.fileName("../../evil.html", "scan", DocumentKind.PDF));
        assertEquals("photo.JPEG", CaseAttachments.fileName("photo.JPEG", "scan", DocumentKind.JPEG));
        assertEquals("scan.png", CaseAttachments.fileName(" ", "scan", DocumentKind.PNG));
        assertEquals("ab.pdf", CaseAttachments.fileName("a\"b\r\n", "scan", DocumentKind.PDF));
    }

    @Test
    void aQuotaCountsDocumentsAndBytes() {
        CaseDocuments.Quota quota = new CaseDocuments.Quota(3, 100);
        assertTrue(quota.admits(2, 50, 50));
        assertFalse(quota.admits(3, 0, 1), "a fourth document");
        assertFalse(quota.admits(1, 60, 41), "over the bytes");
    }

    @Test
    void staffInputIsNormalisedOrRefusedByField() {
        CaseEngine.StartRequest ok = CaseEngine.staffInput(new CaseEngine.StartRequest(" tehran-greater-prison ",
                "۰۰۸۴۵۷۵۹۴۸", "+98 912 123 4567", "p-1"));
        assertEquals("tehran-greater-prison", ok.unitCode());
        assertEquals("0084575948", ok.applicantNationalCode());
        assertEquals("09121234567", ok.applicantMobile());
        assertEquals("09121234567", CaseEngine.staffInput(new CaseEngine.StartRequest(null, null, "٠٩١٢١٢٣٤٥٦٧", null)).applicantMobile());
        CaseEngine.StartRequest none = CaseEngine.staffInput(new CaseEngine.StartRequest("", " ", "", null));
        assertEquals(null, none.unitCode());
        assertEquals(null, none.applicantMobile());
        InvalidStepInput bad = assertThrows(InvalidStepInput.class, () -> CaseEngine.staffInput(
                new CaseEngine.StartRequest(null, "0084575949", "abc", null)));
        assertEquals(Set.of("applicantNationalCode", "applicantMobile"),
                bad.problems().stream().map(InvalidStepInput.Problem::field).collect(Collectors.toSet()));
        assertThrows(InvalidStepInput.class, () -> CaseEngine.staffInput(
                new CaseEngine.StartRequest(null, null, "0912123456789012345678901", null)));
    }
}
