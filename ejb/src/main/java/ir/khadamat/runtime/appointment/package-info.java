/**
 * Appointments (نوبت): a unit's weekly slots per visit type less its closed days, seats held for a case while the
 * applicant finishes and then confirmed, double booking made impossible by the database.
 */
package ir.khadamat.runtime.appointment;
