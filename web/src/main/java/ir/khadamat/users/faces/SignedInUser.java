package ir.khadamat.users.faces;

import ir.khadamat.tenancy.Roles;
import ir.khadamat.users.UserDirectory;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
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

    /**
     * The role of the signed-in user's app_user row (the one the services check): the same as the container's roles
     * for the login form, and the only one that counts where users sign in through OpenID Connect, whose tokens may
     * name roles of the provider's own (OpenIdConnect).
     */
    public boolean is(String role) {
        return getMe() != null && role.equals(getMe().role());
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
