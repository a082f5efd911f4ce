/**
 * The case aggregate (پرونده خدمت): a case with its tracking code, status and what each step collected, its history,
 * and the refusals a case answers with (not found, moved since it was read, a step's input breaking its rules).
 */
package ir.khadamat.runtime.cases;
