package ir.khadamat.runtime.faces;

import ir.khadamat.runtime.MyRequest;
import ir.khadamat.runtime.PublicServices;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.util.List;

/**
 * «درخواست‌های من» ({@code my-requests.xhtml}): a person proves their national code and mobile with a one-time code,
 * in any browser, and sees every case started with both, newest first, each one step from its own page. The
 * person's token lives in the session, which exists only once they signed in.
 */
@Named
@RequestScoped
public class MyRequests extends OneTimeCodeForm {

    @Inject
    private ApplicantSession session;

    private boolean expired;
    private List<MyRequest> requests;

    public String signIn() {
        return withCode((nationalCode, mobile, oneTimeCode, clientAddress) -> {
            session.keepPerson(publicServices.signInPerson(nationalCode, mobile, oneTimeCode, clientAddress));
            if (FacesContext.getCurrentInstance().getExternalContext().getRequest() instanceof HttpServletRequest http) {
                http.changeSessionId(); // a session id known before the sign-in does not carry it
            }
            return "/my-requests.xhtml?faces-redirect=true";
        });
    }

    /** Forgets the person's token in this browser. */
    public String signOut() {
        if (signedInSession()) {
            session.keepPerson(null);
        }
        return "/my-requests.xhtml?faces-redirect=true";
    }

    /** The person's cases, newest first; null when nobody is signed in here (or their hour is over). */
    public List<MyRequest> getRequests() {
        if (requests == null && signedInSession() && session.personToken() != null) {
            try {
                requests = publicServices.requests(session.personToken());
            } catch (PublicServices.SignInExpired e) {
                session.keepPerson(null);
                expired = true;
            }
        }
        return requests;
    }

    /** Whether a sign-in of this session ran out: the page asks for a new code. */
    public boolean isExpired() {
        getRequests();
        return expired;
    }

    /** A visitor without a session is not given one just to find out they are not signed in. */
    private static boolean signedInSession() {
        return FacesContext.getCurrentInstance().getExternalContext().getSession(false) != null;
    }
}
