package ir.khadamat.runtime.output;

import ir.khadamat.markup.Markup;
import ir.khadamat.pdf.PdfSignatures;
import ir.khadamat.pdf.PersianPdf;
import ir.khadamat.pdf.QrCode;
import ir.khadamat.persian.Iran;
import ir.khadamat.persian.JalaliDate;
import ir.khadamat.persian.PersianDigits;
import ir.khadamat.runtime.cases.ServiceCase;
import ir.khadamat.settings.Settings;
import ir.khadamat.tenancy.SystemTask;
import ir.khadamat.tenancy.TenantFilter;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Issues a case's documents as PDF with a verification code, and checks codes for anyone. */
@Stateless
@PermitAll
@Interceptors(TenantFilter.class)
public class IssuedDocuments {

    /** Letters and digits nobody confuses (no 0/O, 1/I/L). */
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @EJB
    private DocumentIssuer issuer;

    /** What the public verification page says of a code: the document, its date and the service; nothing personal. */
    public record Verification(String title, String kind, String cardKey, Instant issuedAt) {
    }

    /**
     * Issues a document: its lines (label, value) with every digit Persian, the case's tracking code, the day, and the
     * verification code with the public page's address, in text and as a QR code; signed by the issuer (PAdES).
     */
    public IssuedDocument issue(ServiceCase c, String serviceTitle, String kind, String title, Map<String, String> lines) {
        String code = newCode();
        LocalDate today = Iran.today();
        IssuedDocument document = new IssuedDocument(c.getId(), c.getProvinceCode(), kind, title, code,
                issuer.sign(render(title, serviceTitle, lines, c.getTrackingCode().value(), code, today), code));
        em.persist(document);
        return document;
    }

    /** The document's PDF: one A5 page for a card's few lines. */
    static byte[] render(String title, String serviceTitle, Map<String, String> lines, String trackingCode, String code,
                         LocalDate today) {
        String address = verificationAddress(code);
        StringBuilder rows = new StringBuilder();
        lines.forEach((label, value) -> rows.append("<tr><th>").append(Markup.escape(label)).append("</th><td>")
                .append(written(value)).append("</td></tr>"));
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\" dir=\"rtl\" lang=\"fa\"><head>"
                + "<title>" + Markup.escape(PersianDigits.toPersian(title)) + "</title>"
                + "<meta name=\"subject\" content=\"" + Markup.escape(PersianDigits.toPersian(serviceTitle)) + "\"/><style>"
                + "@page { size: A5; margin: 12mm 12mm 18mm 12mm; } body { font-family: Vazirmatn; font-size: 10pt; }"
                + "h1 { font-size: 14pt; text-align: center; margin: 0 0 1mm 0; }"
                + "h2 { font-size: 10pt; text-align: center; font-weight: normal; margin: 0 0 3mm 0; }"
                + "table { width: 100%; border-collapse: collapse; } th, td { border: 1px solid #555; padding: 2px 6px; text-align: right; }"
                + "th { width: 42%; background: #eee; font-weight: normal; } td { font-weight: bold; }"
                + ".code { margin: 3mm 0 0 0; text-align: center; font-size: 11pt; }"
                + ".qr { text-align: center; margin: 1mm 0 0 0; } .qr img { width: 28mm; height: 28mm; }"
                + ".address { text-align: center; font-size: 8pt; margin: 0; }"
                + "</style></head><body>"
                + "<h1>" + Markup.escape(PersianDigits.toPersian(title)) + "</h1>"
                + "<h2>" + Markup.escape(PersianDigits.toPersian(serviceTitle)) + "</h2>"
                + "<table>" + rows
                + "<tr><th>کد رهگیری پرونده</th><td>" + PersianDigits.toPersian(trackingCode) + "</td></tr>"
                + "<tr><th>تاریخ صدور</th><td>" + JalaliDate.from(today).format() + "</td></tr></table>"
                + "<p class=\"code\">کد بررسی اصالت: <span dir=\"ltr\">" + Markup.escape(code) + "</span></p>"
                + "<p class=\"qr\"><img alt=\"نشانی بررسی اصالت، به صورت کد QR\" src=\"" + QrCode.pngDataUri(address) + "\"/></p>"
                + "<p class=\"address\">اصالت این سند را در صفحه «بررسی اصالت سند» سامانه خدمات ببینید:</p>"
                + "<p class=\"address\" dir=\"ltr\">" + Markup.escape(address) + "</p>"
                + "</body></html>";
        return PersianPdf.render(xhtml, today);
    }

    /** A value in Persian digits; a code written with Latin letters (T-4455) as it is written, left to right. */
    private static String written(String value) {
        String shown = PersianDigits.toPersianUnlessLatinCode(value);
        return shown.equals(PersianDigits.toPersian(value)) ? Markup.escape(shown)
                : "<span dir=\"ltr\">" + Markup.escape(shown) + "</span>";
    }

    /**
     * The public verification page of a code: {@code KHADAMAT_PUBLIC_URL} (the address the public reaches the
     * application at) followed by {@code verify.xhtml?document=}.
     */
    public static String verificationAddress(String code) {
        String base = Settings.text("khadamat.public.url").orElse("http://localhost:8080/");
        return (base.endsWith("/") ? base : base + "/") + "verify.xhtml?document=" + code;
    }

    public List<IssuedDocument> forCase(Long caseId) {
        return em.createNamedQuery("IssuedDocument.forCase", IssuedDocument.class).setParameter("caseId", caseId).getResultList();
    }

    /** Anyone may check a code: the answer says what the document is, and nothing else of its case. */
    @SystemTask
    public Optional<Verification> verify(String code) {
        String typed = code == null ? null : PersianDigits.toAscii(code.strip()).toUpperCase(); // printed in Persian digits
        if (typed == null || !typed.matches("[" + ALPHABET + "]{10}")) {
            return Optional.empty();
        }
        return em.createNamedQuery("IssuedDocument.byCode", IssuedDocument.class)
                .setParameter("code", typed).getResultStream().findFirst()
                .map(d -> new Verification(d.getTitle(), d.getKind(), em.find(ServiceCase.class, d.getCaseId()).getCardKey(),
                        d.getIssuedAt()));
    }

    /** What a PDF someone holds is: one this installation issued and signed, unchanged, or not. */
    public enum FileResult {
        /** Signed by this issuer, unchanged since, and its verification code one it issued. */
        GENUINE,
        /** Its signature does not match its content, or something was added after signing. */
        CHANGED,
        /** Signed, but not by this issuer (or by it, for a code it never issued). */
        NOT_OURS,
        /** Not signed at all. */
        UNSIGNED,
        /** Not a PDF. */
        NOT_A_PDF
    }

    /** The check of a PDF: the result, and for a genuine one what it is, who signed it and when. */
    public record FileCheck(FileResult result, Verification verification, String signer, Instant signedAt) {
    }

    /** Anyone may check a PDF they were given: its signature, its signer, and the verification code it carries. */
    @SystemTask
    public FileCheck checkFile(byte[] pdf) {
        Optional<PdfSignatures.Check> found;
        try {
            found = PdfSignatures.check(pdf);
        } catch (IOException e) {
            return new FileCheck(FileResult.NOT_A_PDF, null, null, null);
        }
        if (found.isEmpty()) {
            return new FileCheck(FileResult.UNSIGNED, null, null, null);
        }
        PdfSignatures.Check check = found.get();
        String signer = DocumentIssuer.commonName(check.signer());
        if (!check.intact() || !check.whole()) {
            return new FileCheck(FileResult.CHANGED, null, signer, check.signedAt());
        }
        Optional<Verification> issued = issuer.isOwn(check.signer())
                ? DocumentIssuer.verificationCode(check.reason()).flatMap(this::verify) : Optional.empty();
        return issued.map(v -> new FileCheck(FileResult.GENUINE, v, signer, check.signedAt()))
                .orElseGet(() -> new FileCheck(FileResult.NOT_OURS, null, signer, check.signedAt()));
    }

    private static String newCode() {
        StringBuilder code = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
