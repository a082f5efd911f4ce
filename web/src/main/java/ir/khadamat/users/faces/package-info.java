/** The signed-in user as the screens show it, and signing out. */
package ir.khadamat.users.faces;
