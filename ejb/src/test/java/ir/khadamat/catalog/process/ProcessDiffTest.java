package ir.khadamat.catalog.process;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the diff between two versions says of their processes. */
class ProcessDiffTest {

    private static ProcessDefinition.Step form(String id, String title, String next, ProcessDefinition.Field... fields) {
        return new ProcessDefinition.Step(id, title, StepKind.FORM, "province-staff", List.of(fields), null,
                List.of(new ProcessDefinition.Transition(next, null, null)), null, null);
    }

    private static ProcessDefinition.Step end(String id) {
        return new ProcessDefinition.Step(id, "پایان", StepKind.END, null, null, null, null, Map.of("result", "done"), null);
    }

    private static ProcessDefinition.Field field(String name, String label, boolean required, String help) {
        return new ProcessDefinition.Field(name, label, FieldType.NATIONAL_CODE, required, null, null, null, help, null);
    }

    private static ProcessDefinition definition(String applicant, ProcessDefinition.Step... steps) {
        return new ProcessDefinition(1, "card", steps[0].id(), applicant, "person", List.of(steps));
    }

    @Test
    void theSameProcessHasNoChange() {
        ProcessDefinition d = definition("staff", form("ask", "درخواست", "done", field("code", "کد ملی", true, null)), end("done"));
        assertTrue(ProcessDiff.between(d, d).isEmpty());
    }

    @Test
    void aStepAddedRemovedAndChangedAreEachNamedWithBothSides() {
        ProcessDefinition older = definition("staff",
                form("ask", "درخواست", "check", field("code", "کد ملی", true, null)),
                form("check", "بررسی", "done"), end("done"));
        ProcessDefinition newer = definition("public",
                form("ask", "درخواست", "pay", field("code", "کد ملی", false, "ده رقم")),
                form("pay", "پرداخت", "done"), end("done"));
        ProcessDiff diff = ProcessDiff.between(older, newer);

        assertEquals(List.of(new ProcessDiff.Setting("applicant", "staff", "public")), diff.settings());
        assertEquals(List.of("ask", "pay", "check"), diff.steps().stream().map(ProcessDiff.StepChange::step).toList());
        assertEquals(List.of("changed", "added", "removed"),
                diff.steps().stream().map(ProcessDiff.StepChange::change).toList());
        ProcessDiff.StepChange ask = diff.steps().get(0);
        assertTrue(ask.before().fields().get(0).required());
        assertEquals("ده رقم", ask.after().fields().get(0).help());
        assertNull(diff.steps().get(1).before());
        assertNull(diff.steps().get(2).after());
    }
}
