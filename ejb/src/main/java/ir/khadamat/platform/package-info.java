/**
 * Infrastructure shared by every domain package: the schema migrations that run before anything
 * touches the database, and small JPA helpers.
 */
package ir.khadamat.platform;
