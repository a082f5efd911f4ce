/**
 * The runtime: a published card runs as cases (پرونده خدمت), each with a tracking code, moving through the steps
 * of its card version's process definition. {@link ir.khadamat.runtime.CaseEngine} is the one place that moves
 * a case; each step kind is a {@link ir.khadamat.runtime.steps.StepHandler}.
 */
package ir.khadamat.runtime;
