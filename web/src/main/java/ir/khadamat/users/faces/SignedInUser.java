package ir.khadamat.users.faces;

import ir.khadamat.tenancy.Roles;
import ir.khadamat.users.UserDirectory;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.util.Optional;

/** The signed-in user, for the header and for what screens offer (the services check again). */
@Named("user")
@RequestScoped
public class SignedInUser {

    @EJB
    private UserDirectory users;

    private Optional<UserDirectory.UserView> me;

    public UserDirectory.UserView getMe() {
        if (me == null) {
            me = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() == null
                    ? Optional.empty() : users.me();
        }
        return me.orElse(null);
    }

    public boolean isSignedIn() {
        return getMe() != null;
    }

    public boolean is(String role) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.getUserPrincipal() != null && external.isUserInRole(role);
    }

    public boolean isReviewer() {
        return is(Roles.REVIEWER);
    }

    /** Writes cards: a provincial admin (the province's cards) or headquarters (national cards). */
    public boolean isAuthor() {
        return is(Roles.PROVINCE_ADMIN) || is(Roles.HQ_ADMIN);
    }

    public boolean isProvinceAdmin() {
        return is(Roles.PROVINCE_ADMIN);
    }

    public boolean isNational() {
        return getMe() != null && getMe().provinceCode() == null;
    }
}
