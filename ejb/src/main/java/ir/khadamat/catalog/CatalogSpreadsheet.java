package ir.khadamat.catalog;

import ir.khadamat.persian.Iran;
import ir.khadamat.spreadsheet.Spreadsheets;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * The catalogue as an Excel workbook (.xlsx): a header row and one row per card. In Persian the sheet
 * reads right to left. Unknown values are written as the word for unknown («نامشخص» / "unknown"), never
 * as an empty cell; counts are numeric cells.
 */
public final class CatalogSpreadsheet {

    /** A column: its header key in the spreadsheet bundle, its width in characters, and its value for a row. */
    private record Column(String key, int width, Function<CardSummary, Object> value) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("column.id", 10, CardSummary::id),
            new Column("column.key", 28, CardSummary::key),
            new Column("column.title", 45, CardSummary::title),
            new Column("column.serviceId", 16, CardSummary::serviceId),
            new Column("column.status", 22, CardSummary::status),
            new Column("column.agency", 45, s -> s.agencyName() != null && !s.agencyName().isBlank()
                    ? s.agencyName() : s.agencyCode()),
            new Column("column.electronicStages", 14, CardSummary::electronicStages),
            new Column("column.summary", 80, CardSummary::summary));

    /** Rows kept in memory while writing; the rest are flushed to a temporary file. */
    private static final int WINDOW = 200;

    private CatalogSpreadsheet() {
    }

    /**
     * @param rows   the cards, in the order to list them
     * @param locale the language of the headers and texts: Persian unless English
     * @return the bytes of an .xlsx file
     */
    public static byte[] write(List<CardSummary> rows, Locale locale) {
        Objects.requireNonNull(rows, "rows");
        boolean english = Iran.english(locale);
        ResourceBundle texts = ResourceBundle.getBundle("ir.khadamat.catalog.spreadsheet",
                Iran.bundleLocale(locale),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String unknown = texts.getString("unknown");

        // closing the workbook also deletes its temporary files (POI 5.3 and later)
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(texts.getString("sheet")));
            sheet.setRightToLeft(!english);

            CellStyle header = Spreadsheets.headerStyle(workbook);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            CellStyle text = workbook.createCellStyle();
            text.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle wrapped = workbook.createCellStyle();
            wrapped.cloneStyleFrom(text);
            wrapped.setWrapText(true);
            CellStyle number = workbook.createCellStyle();
            number.cloneStyleFrom(text);
            number.setDataFormat(workbook.createDataFormat().getFormat("0"));

            Row headerRow = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                Column column = COLUMNS.get(c);
                Cell cell = headerRow.createCell(c);
                cell.setCellValue(texts.getString(column.key()));
                cell.setCellStyle(header);
                sheet.setColumnWidth(c, column.width() * 256);
            }
            sheet.createFreezePane(0, 1);

            int r = 1;
            for (CardSummary summary : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < COLUMNS.size(); c++) {
                    Cell cell = row.createCell(c);
                    Object value = COLUMNS.get(c).value().apply(summary);
                    if (value instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                        cell.setCellStyle(number);
                    } else {
                        cell.setCellValue(text(value, english, unknown));
                        cell.setCellStyle(COLUMNS.get(c).width() >= 45 ? wrapped : text);
                    }
                }
            }
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, COLUMNS.size() - 1));

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Object value, boolean english, String unknown) {
        if (value instanceof CardStatus status) {
            return english ? status.englishLabel() : status.persianLabel();
        }
        if (value == null || value.toString().isBlank()) {
            return unknown;
        }
        return value.toString();
    }
}
