/**
 * The catalogue over REST: search, each card with its versions, diff, history, comments and outputs (PDF, Excel,
 * JSON, CPSV-AP), the authors' operations (save, submit, provincial editions, import, the process definition), and
 * the planning organization's review desk, approval and publication.
 */
package ir.khadamat.catalog.rest;
