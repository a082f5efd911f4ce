/** The e-readiness dashboard ({@code workspace/readiness.xhtml}): reads the filters and formats, with its chart. */
package ir.khadamat.readiness.faces;
