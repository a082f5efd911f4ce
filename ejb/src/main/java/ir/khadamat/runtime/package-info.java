/**
 * The runtime: a published card runs as cases (پرونده خدمت), each with a tracking code, moving through the steps
 * of its card version's process definition. {@link ir.khadamat.runtime.CaseEngine} is the one place that moves
 * a case; each step kind is a {@link ir.khadamat.runtime.steps.StepHandler}. Beside it: the staff inbox, the
 * public's side (one-time codes, applicant tokens), a case's attachments and letters, and the rounds of batch
 * exchanges.
 */
package ir.khadamat.runtime;
