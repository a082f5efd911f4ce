/**
 * E-readiness (آمادگی الکترونیکی): how electronic each service is by what its card declares — stages, in-person
 * visits, exchanges — as a score whose unknown parts stay a range ({@link ir.khadamat.readiness.Readiness}, the rule
 * of docs/readiness.md), ranked per agency, province and nationally, with where digitising pays most and the share
 * of cases requested online ({@link ir.khadamat.readiness.ReadinessReport}).
 */
package ir.khadamat.readiness;
