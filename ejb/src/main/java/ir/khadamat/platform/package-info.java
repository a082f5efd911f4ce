/**
 * The start-up layer, imported by nobody: the schema migrations that run before anything touches the database, the
 * import of the seed (provinces, agencies, the seven cards), the users a start needs (the first admin, the
 * demonstration's users) and the runtime's timers.
 */
package ir.khadamat.platform;
