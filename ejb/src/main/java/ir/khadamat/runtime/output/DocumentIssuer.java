package ir.khadamat.runtime.output;

import ir.khadamat.pdf.PdfSignatures;
import ir.khadamat.pdf.SigningKeys;
import ir.khadamat.settings.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The organization that signs the documents the services issue (صادرکننده): its key from the PKCS#12 key store the
 * operator configures ({@code KHADAMAT_SIGNING_KEYSTORE}, {@code KHADAMAT_SIGNING_PASSWORD}, optionally
 * {@code KHADAMAT_SIGNING_ALIAS}); without one, a self-signed key made once for this installation and kept in its
 * data folder beside the database, which a reader shows as not trusted (docs/operations.md).
 */
@Singleton
@Lock(LockType.READ)
@PermitAll
public class DocumentIssuer {

    private static final Logger LOG = Logger.getLogger(DocumentIssuer.class.getName());
    /** The password of the key store this makes for itself: it lies in the data folder, which only the server reads. */
    private static final char[] OWN_STORE = "khadamat-own-signing-key".toCharArray();

    private PdfSignatures.Signer signer;
    private String name;

    @PostConstruct
    void load() {
        try {
            String configured = Settings.text("khadamat.signing.keystore").orElse(null);
            if (configured != null) {
                signer = SigningKeys.load(Path.of(configured), Settings.text("khadamat.signing.password").orElse("")
                        .toCharArray(), Settings.text("khadamat.signing.alias").orElse(null));
            } else {
                // beside the database in the data folder (khadamat.data.dir; ./data in the quick start), which a rebuild keeps
                Path own = Path.of(Settings.text("khadamat.data.dir")
                        .orElse(System.getProperty("jboss.server.data.dir", "data")), "issuer.p12");
                if (Files.exists(own)) {
                    signer = SigningKeys.load(own, OWN_STORE, null);
                } else {
                    signer = SigningKeys.selfSigned(Settings.text("khadamat.signing.name").orElse("سامانه خدمات"));
                    SigningKeys.save(signer, own, OWN_STORE);
                }
                LOG.warning("KHADAMAT_SIGNING_KEYSTORE is not set: issued documents are signed with a self-signed key of"
                        + " this installation (" + own + "), which PDF readers do not trust; every node of a cluster needs"
                        + " the organization's key (docs/operations.md)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the signing key", e);
        }
        name = commonName(signer.certificate());
    }

    /** The document signed in the organization's name, its verification code in the signature's reason. */
    public byte[] sign(byte[] pdf, String verificationCode) {
        return PdfSignatures.sign(pdf, signer, name, reason(verificationCode), Instant.now());
    }

    private static final String REASON = "سند صادرشده با کد بررسی اصالت ";

    static String reason(String verificationCode) {
        return REASON + verificationCode;
    }

    /** The verification code a signature's reason names, as {@link #reason} wrote it (checked by the caller). */
    static Optional<String> verificationCode(String reason) {
        return reason != null && reason.startsWith(REASON) ? Optional.of(reason.substring(REASON.length()))
                : Optional.empty();
    }

    /** Whether a certificate is this issuer's. */
    public boolean isOwn(X509Certificate certificate) {
        return PdfSignatures.same(signer.certificate(), certificate);
    }

    /** The name a certificate gives its holder (its common name). */
    static String commonName(X509Certificate certificate) {
        if (certificate == null) {
            return null;
        }
        RDN[] names = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()).getRDNs(BCStyle.CN);
        return names.length == 0 ? certificate.getSubjectX500Principal().getName()
                : IETFUtils.valueToString(names[0].getFirst().getValue());
    }
}
