package ir.khadamat.users.rest;

import ir.khadamat.tenancy.Roles;
import ir.khadamat.throttle.Throttles;
import ir.khadamat.users.UserDirectory;
import ir.khadamat.web.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Users: a province's admin sees and adds its own; system admins everyone. */
@Path("/users")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users", description = "Users, roles and units of the provinces")
public class UserResource {

    @EJB
    private UserDirectory users;

    @EJB
    private Throttles throttles;

    @GET
    @Path("me")
    @Operation(summary = "The signed-in user, with role and province")
    public UserDirectory.UserView me() {
        return users.me().orElseThrow(() -> new NotAuthorizedException(Problem.challenge()));
    }

    @GET
    @Operation(summary = "The users the caller manages")
    public List<UserDirectory.UserView> list() {
        return users.users();
    }

    @GET
    @Path("{id}/sign-in")
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    @Operation(summary = "An account's failed sign-ins and its backoff (system admin)")
    public Throttles.SignInState signInState(@PathParam("id") String name) {
        return throttles.signInState(name);
    }

    @POST
    @Path("{id}/unlock")
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    @Operation(summary = "Lift an account's sign-in backoff at once (system admin; audited)")
    public Throttles.SignInState unlock(@PathParam("id") String name) {
        return throttles.unlock(name);
    }

    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.PROVINCE_ADMIN})
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a user (a province's admin: users of that province only)")
    public Response create(UserDirectory.NewUser user) {
        if (user == null) {
            throw new UserDirectory.InvalidUser("username", "A user (username, password, fullName, role) is required");
        }
        return Response.status(Response.Status.CREATED).entity(users.create(user)).build();
    }
}
