/** Catalogue bundles over REST: export the catalogue (or part of it) and import it, with a dry run. */
package ir.khadamat.bundle.rest;
