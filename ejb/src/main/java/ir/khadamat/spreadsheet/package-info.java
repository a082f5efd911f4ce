/** What the Excel exports (the catalogue, the statistics) share: the look of a header row. */
package ir.khadamat.spreadsheet;
