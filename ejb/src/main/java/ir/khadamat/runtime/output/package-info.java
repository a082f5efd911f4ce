/**
 * Documents a case issues (سند صادره: certificates, letters, visit cards) as PDF with a verification code that anyone
 * can check on the public page.
 */
package ir.khadamat.runtime.output;
