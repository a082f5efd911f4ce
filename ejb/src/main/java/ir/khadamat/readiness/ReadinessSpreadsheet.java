package ir.khadamat.readiness;

import ir.khadamat.persian.Iran;
import ir.khadamat.spreadsheet.Spreadsheets;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The e-readiness dashboard as an Excel workbook (.xlsx): a sheet of the services with each part of their score,
 * the trips digitising would save and the share of cases requested online, in the order of where digitising pays
 * most; a sheet per ranking (agencies, provinces). Unknown is written «نامشخص» / "unknown", never 0; a figure that is
 * a lower bound is marked so. In Persian the sheets read right to left; figures are numeric cells.
 */
public final class ReadinessSpreadsheet {

    private ReadinessSpreadsheet() {
    }

    public static byte[] write(ReadinessReport.Dashboard dashboard, Locale locale) {
        boolean english = Iran.english(locale);
        ResourceBundle texts = ResourceBundle.getBundle("ir.khadamat.readiness.spreadsheet", Iran.bundleLocale(locale),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String unknown = texts.getString("unknown");
        try (Workbook workbook = new XSSFWorkbook()) {
            CellStyle header = Spreadsheets.headerStyle(workbook);
            CellStyle number = workbook.createCellStyle();
            number.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));

            Sheet services = sheet(workbook, texts.getString("sheet.services"), english);
            header(services.createRow(0), texts, header, "column.key", "column.title", "column.agency",
                    "column.province", "column.version", "column.stagesElectronic", "column.stagesNonElectronic",
                    "column.stagesUnknown", "column.visits", "column.online", "column.batch", "column.paper",
                    "column.exchangesUnknown", "column.scoreLow", "column.scoreHigh", "column.yearlyRecipients",
                    "column.tripsSaved", "column.bound", "column.received", "column.onlinePercent");
            int r = 1;
            for (ReadinessReport.CardRow c : dashboard.priorities()) {
                Readiness x = c.readiness();
                Row row = services.createRow(r++);
                int i = 0;
                row.createCell(i++).setCellValue(c.cardKey());
                row.createCell(i++).setCellValue(c.title());
                row.createCell(i++).setCellValue(c.agency() == null ? unknown : english ? c.agency().en() : c.agency().fa());
                row.createCell(i++).setCellValue(c.provinceCode() == null ? texts.getString("national") : c.provinceCode());
                numeric(row.createCell(i++), c.versionNo(), number);
                numeric(row.createCell(i++), x.stages().electronic(), number);
                numeric(row.createCell(i++), x.stages().nonElectronic(), number);
                numeric(row.createCell(i++), x.stages().unknown(), number);
                orUnknown(row.createCell(i++), x.inPersonVisits() == null ? null : x.inPersonVisits().longValue(), number, unknown);
                numeric(row.createCell(i++), x.exchanges().online(), number);
                numeric(row.createCell(i++), x.exchanges().batch(), number);
                numeric(row.createCell(i++), x.exchanges().paper(), number);
                numeric(row.createCell(i++), x.exchanges().unknown(), number);
                numeric(row.createCell(i++), x.score().low(), number);
                numeric(row.createCell(i++), x.score().high(), number);
                Readiness.Figure yearly = x.yearlyRecipients();
                orUnknown(row.createCell(i++), yearly == null ? null : yearly.value(), number, unknown);
                Readiness.Figure trips = x.tripsSaved();
                orUnknown(row.createCell(i++), trips == null ? null : trips.value(), number, unknown);
                row.createCell(i++).setCellValue(trips == null ? unknown
                        : texts.getString(trips.exact() ? "exact" : "atLeast"));
                numeric(row.createCell(i++), c.measured().received(), number);
                Integer online = c.measured().onlinePercent();
                if (online == null) {
                    row.createCell(i).setCellValue(texts.getString("noCases"));
                } else {
                    numeric(row.createCell(i), online, number);
                }
            }
            groups(workbook, texts.getString("sheet.agencies"), dashboard.agencies(), texts, header, number, english);
            groups(workbook, texts.getString("sheet.provinces"), dashboard.provinces(), texts, header, number, english);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void groups(Workbook workbook, String name, List<ReadinessReport.Group> groups, ResourceBundle texts,
                               CellStyle header, CellStyle number, boolean english) {
        Sheet sheet = sheet(workbook, name, english);
        header(sheet.createRow(0), texts, header, "column.group", "column.cards", "column.known", "column.scoreLow",
                "column.scoreHigh", "column.received", "column.onlinePercent");
        int r = 1;
        for (ReadinessReport.Group g : groups) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(g.name() == null ? texts.getString(g.code() == null ? "national" : "unknown")
                    : english ? g.name().en() : g.name().fa());
            numeric(row.createCell(1), g.cards(), number);
            numeric(row.createCell(2), g.known(), number);
            numeric(row.createCell(3), g.low(), number);
            numeric(row.createCell(4), g.high(), number);
            numeric(row.createCell(5), g.measured().received(), number);
            Integer online = g.measured().onlinePercent();
            if (online == null) {
                row.createCell(6).setCellValue(texts.getString("noCases"));
            } else {
                numeric(row.createCell(6), online, number);
            }
        }
    }

    private static Sheet sheet(Workbook workbook, String name, boolean english) {
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
        sheet.setRightToLeft(!english);
        return sheet;
    }

    private static void header(Row row, ResourceBundle texts, CellStyle style, String... keys) {
        for (int i = 0; i < keys.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(texts.getString(keys[i]));
            cell.setCellStyle(style);
        }
    }

    private static void numeric(Cell cell, Number value, CellStyle style) {
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
    }

    private static void orUnknown(Cell cell, Long value, CellStyle style, String unknown) {
        if (value == null) {
            cell.setCellValue(unknown);
        } else {
            numeric(cell, value, style);
        }
    }
}
