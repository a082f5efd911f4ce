package ir.khadamat.runtime.steps;

import ir.khadamat.catalog.form.CardForm;
import ir.khadamat.catalog.process.ProcessDefinition;
import ir.khadamat.runtime.cases.CaseData;
import ir.khadamat.runtime.cases.ServiceCase;

/**
 * A step being run for a case: the case, its process, the step, what the case collected so far, the published
 * card it runs (its §4 documents, §5 fee), and who acts.
 */
public record StepRun(ServiceCase serviceCase, ProcessDefinition process, ProcessDefinition.Step step, CaseData data,
                      CardForm card, String serviceTitle, String actor) {
}
