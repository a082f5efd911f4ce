package ir.khadamat.runtime.faces;

import ir.khadamat.runtime.cases.TrackingCode;
import jakarta.enterprise.context.SessionScoped;

import java.io.Serializable;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The applicant tokens of the cases a person started or signed in to in this browser session, and the person's token
 * of «درخواست‌های من» that opens every case of theirs.
 */
@SessionScoped
public class ApplicantSession implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ConcurrentHashMap<TrackingCode, String> tokens = new ConcurrentHashMap<>();

    /** The person's token (null: not signed in on «درخواست‌های من»). */
    private volatile String personToken;

    public void keep(TrackingCode trackingCode, String token) {
        tokens.put(trackingCode, token);
    }

    /**
     * The token that opens a case in this session: the case's own, else the person's of «درخواست‌های من» (whether it
     * opens that case, PublicServices.applicant decides); null for none.
     */
    public String token(TrackingCode trackingCode) {
        if (trackingCode == null) {
            return null;
        }
        String own = tokens.get(trackingCode);
        return own != null ? own : personToken;
    }

    public String personToken() {
        return personToken;
    }

    public void keepPerson(String token) {
        personToken = token;
    }
}
