/**
 * Markup written by hand: the one escaper of text put into XML, XHTML and SVG ({@link ir.khadamat.markup.Markup}),
 * and a small XHTML writer built on it.
 */
package ir.khadamat.markup;
