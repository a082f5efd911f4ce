package ir.khadamat.runtime.steps;

import ir.khadamat.runtime.cases.InvalidStepInput;
import ir.khadamat.runtime.subject.CaseSubject;
import ir.khadamat.runtime.subject.Prisoner;
import ir.khadamat.runtime.subject.SubjectRegistry;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;

/**
 * What a form step does to the subject registry besides collecting values, named by its {@code config.action}:
 * {@code register-prisoner} (admission), {@code transfer-custody} (transfer, also to another province: the case
 * goes with the prisoner), {@code release}.
 */
@ApplicationScoped
public class StepActions {

    @EJB
    SubjectRegistry subjects;

    /** The case moves to another province with its subject: the engine hands it over after the step. */
    public static final String HANDED_OVER_TO = "handedOverTo";

    public void perform(StepRun run, Map<String, String> values) {
        String action = run.step().setting("action");
        if (action == null) {
            return;
        }
        switch (action) {
            case "register-prisoner" -> {
                String number = values.get(CaseSubject.PRISONER_NUMBER);
                if (number == null || subjects.numberTaken(number)) {
                    throw new InvalidStepInput(CaseSubject.PRISONER_NUMBER, "runtime.prisoner.numberTaken");
                }
                String name = String.join(" ", nonNull(run.data().value("firstName")), nonNull(run.data().value("lastName"))).strip();
                subjects.admit(number, run.data().value("nationalCode"), name.isEmpty() ? null : name,
                        run.serviceCase().getProvinceCode(), run.serviceCase().getUnitCode(), values.get("ward"));
            }
            case "transfer-custody" -> {
                Prisoner p = subjects.prisoner(run.serviceCase().getSubjectRef())
                        .orElseThrow(() -> new InvalidStepInput(CaseSubject.PRISONER_NUMBER, "runtime.prisoner.unknown"));
                String province = run.data().value(CaseSubject.DESTINATION_PROVINCE);
                if ("foreign".equals(run.data().value("kind"))) {
                    subjects.release(p);
                } else if (province != null) {
                    subjects.transfer(p, province, CaseSubject.destinationPrison(run.data()), null);
                    values.put(HANDED_OVER_TO, province);
                }
            }
            case "release" -> subjects.prisoner(run.serviceCase().getSubjectRef()).ifPresent(subjects::release);
            default -> throw new IllegalStateException("Unknown step action " + action);
        }
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
