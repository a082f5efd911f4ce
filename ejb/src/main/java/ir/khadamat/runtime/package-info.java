/**
 * The runtime: a published card runs as cases (پرونده خدمت), each with a tracking code, moving through the steps
 * of its card version's process definition. {@link ir.khadamat.runtime.CaseEngine} is the one place that moves
 * a case (begin, perform, advance, done); each step kind is a {@link ir.khadamat.runtime.steps.StepHandler}, where a
 * case goes next {@link ir.khadamat.runtime.Transitions} says, and the case guards itself
 * ({@link ir.khadamat.runtime.cases.ServiceCase}). Around the engine: {@link ir.khadamat.runtime.Cases} finds cases,
 * {@link ir.khadamat.runtime.CaseViews} shows them, {@link ir.khadamat.runtime.RunnableServices} reads the card
 * versions they run once, and a {@link ir.khadamat.runtime.CaseCaller} says who acts — staff, or the applicant.
 */
package ir.khadamat.runtime;
