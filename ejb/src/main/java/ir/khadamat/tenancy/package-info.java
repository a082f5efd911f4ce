/**
 * Tenancy: the 31 provinces (استان), each a tenant of the platform, and — as they arrive — the units
 * inside a province and users' memberships. National users see across provinces.
 */
package ir.khadamat.tenancy;
