/**
 * What the tests of every module share and nothing they test, published as this module's test jar: the reading of a
 * Persian PDF as one reads it ({@link ir.khadamat.testing.PdfText}). The container tests' own helpers are in the
 * package of the same name in the ear module.
 */
package ir.khadamat.testing;
