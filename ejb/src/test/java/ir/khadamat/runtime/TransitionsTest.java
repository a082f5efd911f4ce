package ir.khadamat.runtime;

import ir.khadamat.catalog.process.ProcessDefinition.Outcome;
import ir.khadamat.catalog.process.ProcessDefinition.Transition;
import ir.khadamat.catalog.process.ProcessDefinition;
import ir.khadamat.catalog.process.StepKind;
import ir.khadamat.runtime.cases.CaseData;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Where a case goes after a step: the definition's transitions and conditions, without a server. */
class TransitionsTest {

    private static ProcessDefinition.Step form(String id, Transition... next) {
        return new ProcessDefinition.Step(id, "مرحله", StepKind.FORM, "province-staff", List.of(), List.of(), List.of(next), Map.of(), null);
    }

    @Test
    void aStepWithoutConditionGoesOn() {
        assertEquals("b", Transitions.next(form("a", new Transition("b", null, null)), CaseData.read("{}"), null));
    }

    @Test
    void theFirstTransitionWhoseFieldHasTheValueIsTaken() {
        ProcessDefinition.Step step = form("kind", new Transition("abroad", "kind", "foreign"),
                new Transition("home", "kind", "domestic"), new Transition("other", null, null));
        assertEquals("abroad", Transitions.next(step, CaseData.read("{}").put("kind", Map.of("kind", "foreign")), null));
        assertEquals("home", Transitions.next(step, CaseData.read("{}").put("kind", Map.of("kind", "domestic")), null));
        assertEquals("other", Transitions.next(step, CaseData.read("{}"), null), "no value: the unconditional one");
    }

    @Test
    void theLatestValueOfAFieldCounts() {
        ProcessDefinition.Step step = form("c", new Transition("yes", "ok", "true"), new Transition("no", null, null));
        CaseData data = CaseData.read("{}").put("a", Map.of("ok", "false")).put("b", Map.of("ok", "true"));
        assertEquals("yes", Transitions.next(step, data, null));
    }

    @Test
    void aConditionOnTheOutcomeComparesTheOutcome() {
        ProcessDefinition.Step step = form("a", new Transition("x", Transitions.OUTCOME, "approve"), new Transition("y", null, null));
        assertEquals("x", Transitions.next(step, CaseData.read("{}"), "approve"));
        assertEquals("y", Transitions.next(step, CaseData.read("{}"), "reject"));
    }

    @Test
    void aConditionWithoutAValueNeverHolds() {
        ProcessDefinition.Step step = form("a", new Transition("x", "kind", null), new Transition("y", null, null));
        assertEquals("y", Transitions.next(step, CaseData.read("{}").put("a", Map.of("kind", "")), null));
    }

    @Test
    void aDecisionGoesWhereItsOutcomeLeads() {
        ProcessDefinition.Step decide = new ProcessDefinition.Step("decide", "بررسی", StepKind.DECISION, "province-staff",
                List.of(), List.of(new Outcome("approve", "تایید", "issue", null), new Outcome("reject", "رد", "refused", null)),
                List.of(), Map.of(), null);
        assertEquals("issue", Transitions.next(decide, CaseData.read("{}"), "approve"));
        assertEquals("refused", Transitions.next(decide, CaseData.read("{}"), "reject"));
        assertThrows(NoSuchElementException.class, () -> Transitions.next(decide, CaseData.read("{}"), "maybe"));
    }

    @Test
    void noTransitionHoldingIsAnUnsoundDefinition() {
        ProcessDefinition.Step step = form("a", new Transition("x", "kind", "foreign"));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Transitions.next(step, CaseData.read("{}"), null));
        assertEquals("No transition out of step a holds", e.getMessage());
    }
}
