/** The statistics dashboard ({@code workspace/statistics.xhtml}): reads the filters and formats, with its chart. */
package ir.khadamat.statistics.faces;
