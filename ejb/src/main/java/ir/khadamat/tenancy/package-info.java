/**
 * Tenancy, the kernel every context builds on: the 31 provinces (استان), each a tenant of the platform, and their
 * units; who is calling ({@link ir.khadamat.tenancy.Caller}) with the roles of the platform; and the tenant filter
 * that scopes every service's persistence to the caller's province. National roles see across provinces.
 */
package ir.khadamat.tenancy;
