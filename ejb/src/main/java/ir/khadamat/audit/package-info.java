/** The audit trail: who did what to which card or case, when, in which province. Append-only. */
package ir.khadamat.audit;
