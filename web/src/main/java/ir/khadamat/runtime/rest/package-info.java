/**
 * Cases over REST: for provincial staff (start, read, do a step, documents, appointments, issued documents, inbox,
 * outbox), for the public (one-time code, start, own steps with the applicant token, track, verify), and a
 * province admin's appointment capacity.
 */
package ir.khadamat.runtime.rest;
