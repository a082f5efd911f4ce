/**
 * The application's MicroProfile Health checks, served by WildFly on the management interface ({@code /health},
 * {@code /health/ready}): readiness turns DOWN while a pool the requests need is saturated. A jar of the EAR's
 * {@code lib/}: WildFly registers health checks of an EAR's top-level bean archives only, not of its web or EJB
 * modules (WFLY-12835).
 */
package ir.khadamat.health;
