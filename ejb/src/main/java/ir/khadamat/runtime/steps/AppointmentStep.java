package ir.khadamat.runtime.steps;

import ir.khadamat.catalog.process.StepKind;
import ir.khadamat.runtime.appointment.Appointments;
import ir.khadamat.runtime.appointment.Booking;
import ir.khadamat.runtime.cases.InvalidStepInput;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;

/**
 * An appointment: the applicant holds a seat of a slot (see {@link Appointments#hold}) and submits the step to
 * confirm it; a hold not confirmed in time frees the seat.
 */
@ApplicationScoped
public class AppointmentStep implements StepHandler {

    @EJB
    Appointments appointments;

    @Override
    public StepKind kind() {
        return StepKind.APPOINTMENT;
    }

    @Override
    public StepResult arrive(StepRun run) {
        return StepResult.awaitingPerson();
    }

    @Override
    public StepResult submit(StepRun run, Map<String, String> input) {
        Booking booking = appointments.confirm(run.serviceCase().getId())
                .orElseThrow(() -> new InvalidStepInput("slot", "runtime.appointment.required"));
        return StepResult.done(Map.of("visitType", booking.getVisitType(), "slot", booking.getStartsAt().toString(),
                "seat", String.valueOf(booking.getSeat())));
    }
}
