package ir.khadamat.statistics;

import ir.khadamat.catalog.form.Period;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatisticsSpreadsheetTest {

    private static ServiceStatistics.Dashboard dashboard() {
        var admission = new ServiceStatistics.ServiceRow("prisoner-admission", "پذیرش و نگهداری زندانیان",
                new ServiceStatistics.Declared("prisoner-admission", 600_000L, null, null), 400_000, 390_000, 2.5,
                Comparison.recipients(600_000L, null, 400_000, 365, 365, false), Comparison.deliveryDays(null, 2.5));
        var visits = new ServiceStatistics.ServiceRow("prisoner-visits", "ملاقات زندانیان با خانواده",
                new ServiceStatistics.Declared("prisoner-visits", null, null, null), 0, 0, null,
                Comparison.recipients(null, null, 0, 365, 365, false), Comparison.deliveryDays(null, null));
        return new ServiceStatistics.Dashboard(null, null, Period.SEASON, 1403, List.of(1404, 1403), 365,
                Comparison.THRESHOLD_PERCENT,
                List.of(new ServiceStatistics.PeriodTotal("1403-S1", 100_000, 90_000), new ServiceStatistics.PeriodTotal("1403-S2", 300_000, 300_000),
                        new ServiceStatistics.PeriodTotal("1403-S3", 0, 0), new ServiceStatistics.PeriodTotal("1403-S4", 0, 0)),
                List.of(new ServiceStatistics.Line("prisoner-admission", "1403-S1", 100_000, 90_000, 2.0)),
                List.of(admission, visits));
    }

    @Test
    void persianWorkbookHasServicesMeasuredBesideDeclaredAndThePeriods() throws Exception {
        byte[] bytes = StatisticsSpreadsheet.write(dashboard(), Locale.forLanguageTag("fa"), code -> code);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet services = workbook.getSheetAt(0);
            assertTrue(services.isRightToLeft());
            assertEquals("کل کشور", services.getRow(0).getCell(1).getStringCellValue());
            Row admission = services.getRow(3);
            assertEquals("prisoner-admission", admission.getCell(0).getStringCellValue());
            assertEquals(400_000, admission.getCell(2).getNumericCellValue());
            assertEquals(600_000, admission.getCell(5).getNumericCellValue());
            assertEquals("نامشخص", admission.getCell(6).getStringCellValue(), "no period ticked: unknown, as written");
            assertEquals(-33.3, admission.getCell(8).getNumericCellValue(), 0.1);
            assertEquals(FillPatternType.SOLID_FOREGROUND, admission.getCell(8).getCellStyle().getFillPattern(), "highlighted");
            Row visits = services.getRow(4);
            assertEquals("نامشخص", visits.getCell(5).getStringCellValue(), "no figure declared: unknown, never invented");
            assertEquals("نامشخص", visits.getCell(10).getStringCellValue());
            XSSFSheet periods = workbook.getSheetAt(1);
            assertEquals("بهار ۱۴۰۳", periods.getRow(1).getCell(0).getStringCellValue());
            assertEquals(5, periods.getLastRowNum(), "four seasons and one service line");
        }
    }

    @Test
    void englishWorkbookReadsLeftToRight() throws Exception {
        byte[] bytes = StatisticsSpreadsheet.write(dashboard(), Locale.ENGLISH, code -> code);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertFalse(workbook.getSheetAt(0).isRightToLeft());
            assertEquals("unknown", workbook.getSheetAt(0).getRow(4).getCell(5).getStringCellValue());
            assertEquals("Spring 1403", workbook.getSheetAt(1).getRow(1).getCell(0).getStringCellValue());
        }
    }
}
