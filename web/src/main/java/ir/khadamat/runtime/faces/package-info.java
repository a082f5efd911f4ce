/**
 * The runtime's screens: staff's inbox and case pages with the current step's generated form, the public's
 * services, application and own case, tracking and verification, and the outbox for admins.
 */
package ir.khadamat.runtime.faces;
