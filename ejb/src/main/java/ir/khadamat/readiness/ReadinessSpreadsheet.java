package ir.khadamat.readiness;

import ir.khadamat.persian.Iran;
import ir.khadamat.spreadsheet.Spreadsheets;
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
            Spreadsheets.headerRow(services.createRow(0), List.of("column.key", "column.title", "column.agency",
                    "column.province", "column.version", "column.stagesElectronic", "column.stagesNonElectronic",
                    "column.stagesUnknown", "column.visits", "column.online", "column.batch", "column.paper",
                    "column.exchangesUnknown", "column.scoreLow", "column.scoreHigh", "column.yearlyRecipients",
                    "column.tripsSaved", "column.bound", "column.received", "column.onlinePercent"), texts, header);
            int r = 1;
            for (ReadinessReport.CardRow c : dashboard.priorities()) {
                Readiness x = c.readiness();
                Row row = services.createRow(r++);
                int i = 0;
                row.createCell(i++).setCellValue(c.cardKey());
                row.createCell(i++).setCellValue(c.title());
                row.createCell(i++).setCellValue(c.agency() == null ? unknown : english ? c.agency().en() : c.agency().fa());
                row.createCell(i++).setCellValue(c.provinceCode() == null ? texts.getString("national") : c.provinceCode());
                Spreadsheets.numeric(row.createCell(i++), c.versionNo(), number);
                Spreadsheets.numeric(row.createCell(i++), x.stages().electronic(), number);
                Spreadsheets.numeric(row.createCell(i++), x.stages().nonElectronic(), number);
                Spreadsheets.numeric(row.createCell(i++), x.stages().unknown(), number);
                Spreadsheets.numericOr(row.createCell(i++), x.inPersonVisits(), number, unknown);
                Spreadsheets.numeric(row.createCell(i++), x.exchanges().online(), number);
                Spreadsheets.numeric(row.createCell(i++), x.exchanges().batch(), number);
                Spreadsheets.numeric(row.createCell(i++), x.exchanges().paper(), number);
                Spreadsheets.numeric(row.createCell(i++), x.exchanges().unknown(), number);
                Spreadsheets.numeric(row.createCell(i++), x.score().low(), number);
                Spreadsheets.numeric(row.createCell(i++), x.score().high(), number);
                Readiness.Figure yearly = x.yearlyRecipients();
                Spreadsheets.numericOr(row.createCell(i++), yearly == null ? null : yearly.value(), number, unknown);
                Readiness.Figure trips = x.tripsSaved();
                Spreadsheets.numericOr(row.createCell(i++), trips == null ? null : trips.value(), number, unknown);
                row.createCell(i++).setCellValue(trips == null ? unknown
                        : texts.getString(trips.exact() ? "exact" : "atLeast"));
                Spreadsheets.numeric(row.createCell(i++), c.measured().received(), number);
                Spreadsheets.numericOr(row.createCell(i), c.measured().onlinePercent(), number, texts.getString("noCases"));
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
        Spreadsheets.headerRow(sheet.createRow(0), List.of("column.group", "column.cards", "column.known", "column.scoreLow",
                "column.scoreHigh", "column.received", "column.onlinePercent"), texts, header);
        int r = 1;
        for (ReadinessReport.Group g : groups) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(g.name() == null ? texts.getString(g.code() == null ? "national" : "unknown")
                    : english ? g.name().en() : g.name().fa());
            Spreadsheets.numeric(row.createCell(1), g.cards(), number);
            Spreadsheets.numeric(row.createCell(2), g.known(), number);
            Spreadsheets.numeric(row.createCell(3), g.low(), number);
            Spreadsheets.numeric(row.createCell(4), g.high(), number);
            Spreadsheets.numeric(row.createCell(5), g.measured().received(), number);
            Spreadsheets.numericOr(row.createCell(6), g.measured().onlinePercent(), number, texts.getString("noCases"));
        }
    }

    private static Sheet sheet(Workbook workbook, String name, boolean english) {
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
        sheet.setRightToLeft(!english);
        return sheet;
    }
}
