package ir.khadamat.runtime.faces;

import ir.khadamat.runtime.cases.TrackingCode;
import jakarta.enterprise.context.SessionScoped;

import java.io.Serializable;
import java.util.concurrent.ConcurrentHashMap;

/** The applicant tokens of the cases a person started or signed in to in this browser session. */
@SessionScoped
public class ApplicantSession implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ConcurrentHashMap<TrackingCode, String> tokens = new ConcurrentHashMap<>();

    public void keep(TrackingCode trackingCode, String token) {
        tokens.put(trackingCode, token);
    }

    public String token(TrackingCode trackingCode) {
        return trackingCode == null ? null : tokens.get(trackingCode);
    }
}
