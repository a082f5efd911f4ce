/** The e-readiness dashboard over REST ({@code /api/readiness}), with its Excel export. */
package ir.khadamat.readiness.rest;
