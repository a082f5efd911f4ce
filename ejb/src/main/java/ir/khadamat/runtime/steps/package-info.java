/**
 * What each kind of step does (form, documents, appointment, payment, inquiry, decision, output, notification, end):
 * one {@link ir.khadamat.runtime.steps.StepHandler} per kind, with the checks of a step's typed fields and the moves
 * a form step makes in the subject registry (admission, transfer, release).
 */
package ir.khadamat.runtime.steps;
