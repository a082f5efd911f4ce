package ir.khadamat.runtime.rest;

import ir.khadamat.persian.JalaliDate;
import ir.khadamat.persian.PersianDigits;
import ir.khadamat.runtime.appointment.Appointments;
import ir.khadamat.runtime.cases.InvalidStepInput;
import ir.khadamat.tenancy.Roles;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;

/** A province's admin keeps its units' appointment capacity: weekly slots per visit type, and closed days. */
@Path("/units/{unit}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Users", description = "Users, roles and units of the provinces")
public class SlotResource {

    @EJB
    private Appointments appointments;

    /** A closed day: Jalali ({@code 1405/01/01}) or ISO ({@code 2026-03-21}). */
    public record ClosedDay(String day, String note) {
    }

    @GET
    @Path("/slots")
    @Operation(summary = "The unit's weekly appointment slots")
    public List<Appointments.WeeklySlot> slots(@PathParam("unit") String unit) {
        return appointments.templates(unit);
    }

    @jakarta.annotation.security.RolesAllowed({Roles.PROVINCE_ADMIN})
    @POST
    @Path("/slots")
    @Operation(summary = "Add a weekly slot (day of week 1 = Monday … 6 = Saturday, 7 = Sunday; start HH:mm)")
    public Response add(@PathParam("unit") String unit, Appointments.WeeklySlot slot) {
        return Response.status(Response.Status.CREATED).entity(appointments.addTemplate(unit, slot)).build();
    }

    @jakarta.annotation.security.RolesAllowed({Roles.PROVINCE_ADMIN})
    @POST
    @Path("/closed-days")
    @Operation(summary = "Close the unit on a day (a holiday or an exception): no slots that day")
    public Response close(@PathParam("unit") String unit, ClosedDay closed) {
        LocalDate day;
        try {
            String text = PersianDigits.toAscii(closed == null || closed.day() == null ? "" : closed.day().strip());
            day = text.contains("/") ? JalaliDate.parse(text).toLocalDate() : LocalDate.parse(text);
        } catch (RuntimeException e) {
            throw new InvalidStepInput("day", "runtime.field.date");
        }
        appointments.closeDay(unit, day, closed.note());
        return Response.noContent().build();
    }
}
