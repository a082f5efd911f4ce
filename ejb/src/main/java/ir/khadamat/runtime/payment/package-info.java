/**
 * Payments of a case's fee (پرداخت) through a payment gateway, with their receipts; the bank is simulated in the
 * embedded default and the tests.
 */
package ir.khadamat.runtime.payment;
