package ir.khadamat.runtime.documents;

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
