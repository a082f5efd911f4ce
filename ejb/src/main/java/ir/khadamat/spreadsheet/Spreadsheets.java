package ir.khadamat.spreadsheet;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

import java.util.List;
import java.util.ResourceBundle;

/** What the Excel exports (the catalogue, the statistics, e-readiness) share: the header row and its look, numeric cells. */
public final class Spreadsheets {

    private Spreadsheets() {
    }

    /** Bold on light grey, a thin line under it, wrapped. */
    public static CellStyle headerStyle(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        return header;
    }

    /** A header row: each key's text from the bundle, in the header style. */
    public static void headerRow(Row row, List<String> keys, ResourceBundle texts, CellStyle style) {
        for (int c = 0; c < keys.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(texts.getString(keys.get(c)));
            cell.setCellStyle(style);
        }
    }

    /** A numeric cell in a number style. */
    public static void numeric(Cell cell, double value, CellStyle style) {
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** A numeric cell, or {@code otherwise} as text where there is no value (unknown is never written as 0). */
    public static void numericOr(Cell cell, Number value, CellStyle style, String otherwise) {
        if (value == null) {
            cell.setCellValue(otherwise);
        } else {
            numeric(cell, value.doubleValue(), style);
        }
    }
}
