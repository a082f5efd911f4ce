package ir.khadamat.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfSignaturesTest {

    static final PdfSignatures.Signer ISSUER = SigningKeys.selfSigned("سازمان زندانها (آزمون)");
    static final byte[] PDF = PersianPdf.render("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"fa\"><head><title>کارت</title>"
            + "</head><body><p>کارت ملاقات</p></body></html>", LocalDate.of(2025, 3, 21));

    @Test
    void aSignedDocumentSaysWhoSignedItAndThatItIsUnchanged() throws Exception {
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        byte[] signed = PdfSignatures.sign(PDF, ISSUER, "سازمان زندانها", "کد بررسی اصالت ABCDEFGHJK", at);
        PdfSignatures.Check check = PdfSignatures.check(signed).orElseThrow();
        assertTrue(check.intact() && check.whole());
        assertTrue(PdfSignatures.same(ISSUER.certificate(), check.signer()));
        assertEquals(at, check.signedAt());
        assertEquals("کد بررسی اصالت ABCDEFGHJK", check.reason());
        try (PDDocument document = Loader.loadPDF(signed)) {
            PDSignature signature = document.getSignatureDictionaries().get(0);
            assertEquals("ETSI.CAdES.detached", signature.getSubFilter(), "PAdES");
            assertEquals(1, document.getNumberOfPages());
        }
        assertTrue(PdfSignatures.check(PDF).isEmpty(), "unsigned");
    }

    @Test
    void aChangedDocumentIsSeen() throws Exception {
        byte[] signed = PdfSignatures.sign(PDF, ISSUER, "سازمان زندانها", "کد", Instant.now());
        // a byte of the signed content changed
        byte[] edited = signed.clone();
        int at = new String(edited, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("/Producer");
        edited[at + 2] = (byte) (edited[at + 2] ^ 1);
        assertFalse(PdfSignatures.check(edited).orElseThrow().intact());
        // a page added after signing, as an update of its own: the signature holds, but not over the whole file
        try (PDDocument document = Loader.loadPDF(signed)) {
            PDPage page = new PDPage();
            document.addPage(page);
            document.getPages().getCOSObject().setNeedToBeUpdated(true);
            document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            PdfSignatures.Check check = PdfSignatures.check(out.toByteArray()).orElseThrow();
            assertTrue(check.intact());
            assertFalse(check.whole(), "something was added after signing");
        }
    }

    @Test
    void theKeyIsKeptAndReadBack() throws Exception {
        Path store = Files.createTempDirectory("keys").resolve("issuer.p12");
        SigningKeys.save(ISSUER, store, "secret".toCharArray());
        PdfSignatures.Signer read = SigningKeys.load(store, "secret".toCharArray(), null);
        assertArrayEquals(ISSUER.certificate().getEncoded(), read.certificate().getEncoded());
        assertEquals(ISSUER.key(), read.key());
    }
}
