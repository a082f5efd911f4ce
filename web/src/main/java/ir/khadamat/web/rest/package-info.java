/**
 * The REST application under {@code /api}: its resources listed, not scanned, so that the JAX-RS resources the
 * EclipseLink jar carries (JPA-RS) stay off.
 */
package ir.khadamat.web.rest;
