package ir.khadamat.runtime.faces;

import jakarta.enterprise.context.SessionScoped;

import java.io.Serializable;
import java.util.concurrent.ConcurrentHashMap;

/** The applicant tokens of the cases a person started or signed in to in this browser session. */
@SessionScoped
public class ApplicantSession implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ConcurrentHashMap<String, String> tokens = new ConcurrentHashMap<>();

    public void keep(String trackingCode, String token) {
        tokens.put(trackingCode, token);
    }

    public String token(String trackingCode) {
        return trackingCode == null ? null : tokens.get(trackingCode);
    }
}
