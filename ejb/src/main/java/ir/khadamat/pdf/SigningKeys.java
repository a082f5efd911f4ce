package ir.khadamat.pdf;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;

/** The issuer's signing key: read from a PKCS#12 key store, or made (self-signed) and kept in one. */
public final class SigningKeys {

    private SigningKeys() {
    }

    /** The key entry of a PKCS#12 key store: the one named, or the first there is. */
    public static PdfSignatures.Signer load(Path keyStore, char[] password, String alias) throws IOException {
        try (InputStream in = Files.newInputStream(keyStore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            String name = alias != null ? alias : Collections.list(store.aliases()).stream()
                    .filter(a -> isKey(store, a)).findFirst()
                    .orElseThrow(() -> new IOException("No key in " + keyStore));
            PrivateKey key = (PrivateKey) store.getKey(name, password);
            Certificate[] chain = store.getCertificateChain(name);
            if (key == null || chain == null) {
                throw new IOException("No key '" + name + "' in " + keyStore);
            }
            return new PdfSignatures.Signer(key, Arrays.stream(chain).map(c -> (X509Certificate) c).toList());
        } catch (GeneralSecurityException e) {
            throw new IOException("Cannot read the signing key store " + keyStore, e);
        }
    }

    private static boolean isKey(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** A new RSA key with a self-signed certificate for ten years, in the organization's name. */
    public static PdfSignatures.Signer selfSigned(String organization) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, new SecureRandom());
            KeyPair pair = generator.generateKeyPair();
            X500Name name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, organization)
                    .addRDN(BCStyle.O, organization).addRDN(BCStyle.C, "IR").build();
            Instant now = Instant.now();
            JcaX509v3CertificateBuilder certificate = new JcaX509v3CertificateBuilder(name,
                    new BigInteger(64, new SecureRandom()), Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(Duration.ofDays(3650))), name, pair.getPublic());
            certificate.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            certificate.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            X509Certificate signed = new JcaX509CertificateConverter().setProvider(PdfSignatures.BC).getCertificate(certificate
                    .build(new JcaContentSignerBuilder("SHA256withRSA").setProvider(PdfSignatures.BC).build(pair.getPrivate())));
            return new PdfSignatures.Signer(pair.getPrivate(), List.of(signed));
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("Could not make a signing key", e);
        }
    }

    /** Keeps the key in a PKCS#12 key store under the alias {@code issuer}. */
    public static void save(PdfSignatures.Signer signer, Path keyStore, char[] password) throws IOException {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("issuer", signer.key(), password, signer.chain().toArray(new Certificate[0]));
            Files.createDirectories(keyStore.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(keyStore)) {
                store.store(out, password);
            }
        } catch (GeneralSecurityException e) {
            throw new IOException("Cannot write the signing key store " + keyStore, e);
        }
    }
}
