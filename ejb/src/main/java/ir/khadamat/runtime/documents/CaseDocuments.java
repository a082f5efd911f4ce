package ir.khadamat.runtime.documents;

import ir.khadamat.settings.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** The documents of cases: stored with their SHA-256, listed per case (in the caller's tenant scope). */
@ApplicationScoped
public class CaseDocuments {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /** Setting: how many documents one case may have (default {@value #DEFAULT_PER_CASE}). */
    public static final String PER_CASE = "khadamat.documents.per-case";
    /** Setting: how many bytes all documents of one case may take together (default {@value #DEFAULT_BYTES_PER_CASE}). */
    public static final String BYTES_PER_CASE = "khadamat.documents.bytes-per-case";
    public static final int DEFAULT_PER_CASE = 20;
    public static final long DEFAULT_BYTES_PER_CASE = 25L * 1024 * 1024;

    /** The quota of one case: documents and bytes (MicroProfile Config: system property or environment). */
    public record Quota(int documents, long bytes) {
        public static Quota configured() {
            return new Quota(Settings.positive(PER_CASE, DEFAULT_PER_CASE), Settings.positive(BYTES_PER_CASE, DEFAULT_BYTES_PER_CASE));
        }

        /** Whether one more document of this size still fits beside what the case has. */
        public boolean admits(long documentsSoFar, long bytesSoFar, long size) {
            return documentsSoFar + 1 <= documents && bytesSoFar + size <= bytes;
        }
    }

    /** How many documents the case has and how many bytes they take, {count, bytes}. */
    public long[] usage(Long caseId) {
        Object[] row = (Object[]) em.createNativeQuery(
                        "SELECT COUNT(*), COALESCE(SUM(OCTET_LENGTH(content)), 0) FROM case_document WHERE case_id = ?1")
                .setParameter(1, caseId).getSingleResult();
        return new long[]{((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }

    @PersistenceContext
    private EntityManager em;

    public CaseDocument add(Long caseId, String provinceCode, String stepId, String name, String fileName,
                            String contentType, byte[] content, String uploadedBy) {
        CaseDocument d = new CaseDocument(caseId, provinceCode, stepId, name, fileName, contentType, sha256(content),
                content, uploadedBy);
        em.persist(d);
        return d;
    }

    public boolean has(Long caseId, String stepId, String name) {
        return em.createNamedQuery("CaseDocument.count", Long.class).setParameter("caseId", caseId)
                .setParameter("step", stepId).setParameter("name", name).getSingleResult() > 0;
    }

    public List<CaseDocument> forCase(Long caseId) {
        return em.createNamedQuery("CaseDocument.forCase", CaseDocument.class).setParameter("caseId", caseId).getResultList();
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
