/**
 * The subjects of cases: people by national code, and prisoners' records (پرونده زندانی) made by admission, moved by a
 * transfer (also to another province, which then holds them) and closed by release.
 */
package ir.khadamat.runtime.subject;
