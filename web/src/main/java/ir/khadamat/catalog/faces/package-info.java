/** The catalogue's screens: thin request-scoped beans behind {@code index.xhtml} and {@code card.xhtml}. */
package ir.khadamat.catalog.faces;
