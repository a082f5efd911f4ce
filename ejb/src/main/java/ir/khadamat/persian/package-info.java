/**
 * Persian-first pieces every layer uses: text normalisation for search and input (Arabic ي/ك as
 * Persian ی/ک), Persian digits, Jalali dates (ICU4J's Persian calendar), the national code (کد ملی)
 * with its check digit, and amounts in rials.
 */
package ir.khadamat.persian;
