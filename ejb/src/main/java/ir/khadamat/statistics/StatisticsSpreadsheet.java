package ir.khadamat.statistics;

import ir.khadamat.persian.Iran;
import ir.khadamat.spreadsheet.Spreadsheets;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
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
import java.util.function.UnaryOperator;

/**
 * The statistics dashboard as an Excel workbook (.xlsx), as the page shows it: a sheet of the services, measured
 * beside declared (declared figures as the card writes them, «نامشخص» / "unknown" when it gives none; a difference
 * beyond {@link Comparison#THRESHOLD_PERCENT} per cent on a highlighted cell), and a sheet of the cases per Jalali
 * period, all services and each service. In Persian the sheets read right to left; counts are numeric cells.
 */
public final class StatisticsSpreadsheet {

    private StatisticsSpreadsheet() {
    }

    /**
     * @param dashboard    what {@link ServiceStatistics#dashboard} measured
     * @param locale       Persian unless English
     * @param provinceName a province's name from its code, in that language
     */
    public static byte[] write(ServiceStatistics.Dashboard dashboard, Locale locale, UnaryOperator<String> provinceName) {
        boolean english = Iran.english(locale);
        ResourceBundle texts = ResourceBundle.getBundle("ir.khadamat.statistics.spreadsheet",
                Iran.bundleLocale(locale),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String unknown = texts.getString("unknown");
        try (Workbook workbook = new XSSFWorkbook()) {
            CellStyle header = Spreadsheets.headerStyle(workbook);
            CellStyle number = workbook.createCellStyle();
            number.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            CellStyle decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("#,##0.0"));
            CellStyle highlighted = workbook.createCellStyle();
            highlighted.cloneStyleFrom(decimal);
            highlighted.setFillForegroundColor(IndexedColors.LIGHT_ORANGE.getIndex());
            highlighted.setFillPattern(FillPatternType.SOLID_FOREGROUND);

            // the services: measured beside declared
            Sheet services = workbook.createSheet(WorkbookUtil.createSafeSheetName(texts.getString("sheet.services")));
            services.setRightToLeft(!english);
            int r = 0;
            String scope = dashboard.province() == null ? texts.getString("national") : provinceName.apply(dashboard.province());
            Row about = services.createRow(r++);
            about.createCell(0).setCellValue(texts.getString("scope"));
            about.createCell(1).setCellValue(scope);
            about.createCell(2).setCellValue(texts.getString("year"));
            about.createCell(3).setCellValue(dashboard.year());
            about.createCell(4).setCellValue(texts.getString("threshold"));
            about.createCell(5).setCellValue(dashboard.thresholdPercent());
            r++;
            List<String> columns = List.of("column.key", "column.title", "column.received", "column.delivered",
                    "column.averageDays", "column.declaredRecipients", "column.declaredPeriod", "column.expected",
                    "column.difference", "column.basis", "column.declaredTime", "column.timeDifference");
            Spreadsheets.headerRow(services.createRow(r++), columns, texts, header);
            for (ServiceStatistics.ServiceRow s : dashboard.services()) {
                Row row = services.createRow(r++);
                int c = 0;
                row.createCell(c++).setCellValue(s.cardKey());
                row.createCell(c++).setCellValue(s.title() == null ? s.cardKey() : s.title());
                Spreadsheets.numeric(row.createCell(c++), s.received(), number);
                Spreadsheets.numeric(row.createCell(c++), s.delivered(), number);
                Spreadsheets.numericOr(row.createCell(c++), s.averageDays(), decimal, texts.getString("none"));
                ServiceStatistics.Declared d = s.declared();
                if (d.recipients() == null) {
                    row.createCell(c++).setCellValue(unknown);
                } else {
                    Spreadsheets.numeric(row.createCell(c++), d.recipients(), number);
                }
                row.createCell(c++).setCellValue(d.recipientsPeriod() == null ? unknown : texts.getString("period." + d.recipientsPeriod()));
                Spreadsheets.numericOr(row.createCell(c++), s.recipients().expected(), number, "");
                Cell difference = row.createCell(c++);
                Spreadsheets.numericOr(difference, s.recipients().differencePercent(), s.recipients().highlighted() ? highlighted : decimal, "");
                row.createCell(c++).setCellValue(texts.getString("basis." + s.recipients().basis()));
                row.createCell(c++).setCellValue(d.averageDeliveryTime() == null ? unknown : d.averageDeliveryTime());
                Spreadsheets.numericOr(row.createCell(c), s.deliveryTime().differencePercent(),
                        s.deliveryTime().highlighted() ? highlighted : decimal, "");
            }
            int[] widths = {26, 40, 12, 12, 12, 14, 12, 14, 12, 30, 20, 12};
            for (int c = 0; c < widths.length; c++) {
                services.setColumnWidth(c, widths[c] * 256);
            }

            // the cases per Jalali period
            Sheet periods = workbook.createSheet(WorkbookUtil.createSafeSheetName(texts.getString("sheet.periods")));
            periods.setRightToLeft(!english);
            r = 0;
            Spreadsheets.headerRow(periods.createRow(r++), List.of("column.period", "column.key", "column.received", "column.delivered",
                    "column.averageDays"), texts, header);
            for (ServiceStatistics.PeriodTotal t : dashboard.periods()) {
                Row row = periods.createRow(r++);
                row.createCell(0).setCellValue(JalaliPeriods.label(t.period(), !english));
                row.createCell(1).setCellValue(texts.getString("allServices"));
                Spreadsheets.numeric(row.createCell(2), t.received(), number);
                Spreadsheets.numeric(row.createCell(3), t.delivered(), number);
            }
            for (ServiceStatistics.Line l : dashboard.lines()) {
                Row row = periods.createRow(r++);
                row.createCell(0).setCellValue(JalaliPeriods.label(l.period(), !english));
                row.createCell(1).setCellValue(l.cardKey());
                Spreadsheets.numeric(row.createCell(2), l.received(), number);
                Spreadsheets.numeric(row.createCell(3), l.delivered(), number);
                Spreadsheets.numericOr(row.createCell(4), l.averageDays(), decimal, texts.getString("none"));
            }
            int[] periodWidths = {18, 30, 12, 12, 12};
            for (int c = 0; c < periodWidths.length; c++) {
                periods.setColumnWidth(c, periodWidths[c] * 256);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
