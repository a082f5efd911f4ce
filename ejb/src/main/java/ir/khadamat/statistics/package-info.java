/**
 * Statistics of the catalogue measured from real cases (§5 of annex 1): recipients per Jalali month, season and
 * year, and the average time to deliver, per service and province, beside what each card declares.
 */
package ir.khadamat.statistics;
