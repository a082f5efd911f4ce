/**
 * The users of the platform (کاربران): one role each and, for provincial roles, one province; bcrypt hashes that
 * Elytron's JDBC realm reads; a province's admin manages its own users and units, system admins everyone.
 */
package ir.khadamat.users;
