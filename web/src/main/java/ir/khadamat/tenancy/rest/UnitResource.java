package ir.khadamat.tenancy.rest;

import ir.khadamat.tenancy.Unit;
import ir.khadamat.users.UserDirectory;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Units (prisons, offices) of the provinces. */
@Path("/units")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users", description = "Users, roles and units of the provinces")
public class UnitResource {

    @EJB
    private UserDirectory users;

    /** A unit (prison or office) of a province. */
    public record UnitView(String code, String province, Unit.Kind kind, String persianName, String englishName) {
    }

    @GET
    @Operation(summary = "The units of the caller's province; all of them for system admins")
    public List<UnitView> units() {
        return users.units().stream()
                .map(u -> new UnitView(u.getCode(), u.getProvinceCode(), u.getKind(), u.getPersianName(), u.getEnglishName()))
                .toList();
    }
}
