/**
 * Documents uploaded to a case (مدارک پرونده): kept with their SHA-256, listed in the caller's tenant scope, and
 * accepted only as PDF, JPEG or PNG recognised by their first bytes.
 */
package ir.khadamat.runtime.documents;
