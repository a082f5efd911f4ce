package ir.khadamat.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGeneratorBuilder;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

/**
 * PAdES signatures of the documents Khadamat issues (ETSI EN 319 142, baseline B-B): a CMS signature detached
 * ({@code ETSI.CAdES.detached}) over the whole file, with the signer's certificate and its ESS signing-certificate-v2
 * attribute, the time in the signature dictionary; PDFBox writes it as an incremental update, Bouncy Castle (the
 * module WildFly provides) makes and checks the CMS. Any PDF reader then shows who signed the document and whether
 * it changed since.
 */
public final class PdfSignatures {

    /** Bouncy Castle as a provider of this code's own, not installed in the JVM. */
    static final Provider BC = new BouncyCastleProvider();

    private PdfSignatures() {
    }

    /** The issuer's key and its certificate chain (the signer's own first). */
    public record Signer(PrivateKey key, List<X509Certificate> chain) {

        public X509Certificate certificate() {
            return chain.get(0);
        }
    }

    /**
     * What a PDF's last signature says.
     *
     * @param intact   the signature matches the bytes it covers
     * @param whole    it covers the whole file (nothing was added after signing)
     * @param signer   the certificate of the signer
     * @param signedAt the time written in the signature
     * @param reason   the signature's reason (where Khadamat writes the document's verification code)
     */
    public record Check(boolean intact, boolean whole, X509Certificate signer, Instant signedAt, String reason) {
    }

    /** The PDF, signed by the signer as a PAdES B-B signature with the given name and reason. */
    public static byte[] sign(byte[] pdf, Signer signer, String name, String reason, Instant at) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(name);
            signature.setReason(reason);
            Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            when.setTimeInMillis(at.toEpochMilli());
            signature.setSignDate(when);
            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(SignatureOptions.DEFAULT_SIGNATURE_SIZE * 2);
                document.addSignature(signature, content -> cms(content.readAllBytes(), signer), options);
                ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 32 * 1024);
                document.saveIncremental(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not sign the document", e);
        }
    }

    /** The last signature of a PDF, checked; empty if it has none. */
    public static Optional<Check> check(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            if (signatures.isEmpty()) {
                return Optional.empty();
            }
            PDSignature signature = signatures.get(signatures.size() - 1);
            int[] range = signature.getByteRange();
            boolean whole = range != null && range.length == 4 && range[0] == 0
                    && (long) range[2] + range[3] == pdf.length;
            Instant at = signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
            try {
                CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)),
                        signature.getContents(pdf));
                SignerInformation info = cms.getSignerInfos().getSigners().iterator().next();
                @SuppressWarnings("unchecked")
                X509CertificateHolder holder = (X509CertificateHolder) cms.getCertificates().getMatches(info.getSID())
                        .iterator().next();
                boolean intact = info.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BC).build(holder));
                X509Certificate certificate = new JcaX509CertificateConverter().setProvider(BC).getCertificate(holder);
                return Optional.of(new Check(intact, whole, certificate, at, signature.getReason()));
            } catch (CMSException | OperatorCreationException | GeneralSecurityException | RuntimeException e) {
                return Optional.of(new Check(false, whole, null, at, signature.getReason())); // not a signature that holds
            }
        }
    }

    /** The CMS SignedData (detached) of the content: signed attributes content type, digest and signing certificate v2. */
    private static byte[] cms(byte[] content, Signer signer) throws IOException {
        try {
            X509Certificate certificate = signer.certificate();
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {new ESSCertIDv2(hash)}))));
            CMSAttributeTableGenerator signed = new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes)) {
                @Override
                @SuppressWarnings("rawtypes")
                protected Hashtable createStandardAttributeTable(Map parameters) {
                    Hashtable table = super.createStandardAttributeTable(parameters);
                    table.remove(CMSAttributes.signingTime); // PAdES: the time is the signature dictionary's
                    return table;
                }
            };
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new SignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().setProvider(BC).build())
                    .setSignedAttributeGenerator(signed)
                    .build(new JcaContentSignerBuilder("SHA256withRSA").setProvider(BC).build(signer.key()),
                            new X509CertificateHolder(certificate.getEncoded())));
            generator.addCertificates(new JcaCertStore(signer.chain()));
            return generator.generate(new CMSProcessableByteArray(content), false).getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("Could not make the signature", e);
        }
    }

    /** Whether two certificates are the same. */
    public static boolean same(X509Certificate a, X509Certificate b) {
        try {
            return a != null && b != null && MessageDigest.isEqual(a.getEncoded(), b.getEncoded());
        } catch (CertificateEncodingException e) {
            return false;
        }
    }
}
