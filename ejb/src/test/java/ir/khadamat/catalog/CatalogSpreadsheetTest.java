package ir.khadamat.catalog;

import ir.khadamat.catalog.form.CardForm;
import ir.khadamat.catalog.form.SeedCards;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogSpreadsheetTest {

    private static final Locale FA = Locale.forLanguageTag("fa");

    /** The seven seed cards as catalogue rows, as the catalogue would list them. */
    private static List<CardSummary> seedRows() {
        Map<String, String> agencyNames = new HashMap<>();
        for (Map<String, String> agency : SeedCards.rows("agencies.json")) {
            agencyNames.put(agency.get("code"), agency.get("persianName"));
        }
        List<CardSummary> rows = new ArrayList<>();
        long id = 1;
        for (CardForm form : SeedCards.all().values()) {
            CardProjection projection = CardProjection.of(form, agencyNames::get);
            CardStatus status = CardStatus.values()[(int) (id % CardStatus.values().length)];
            rows.add(new CardSummary(id++, form.key(), form.identification().title(), form.summary(),
                    form.identification().serviceId(), status, form.identification().executiveAgency(),
                    agencyNames.get(form.identification().executiveAgency()), projection.electronicStages(), null, 1));
        }
        return rows;
    }

    private static XSSFWorkbook read(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (Cell cell : row) {
            texts.add(cell.getStringCellValue());
        }
        return texts;
    }

    @Test
    void persianCatalogue() throws IOException {
        List<CardSummary> rows = seedRows();
        assertEquals(7, rows.size());
        try (XSSFWorkbook workbook = read(CatalogSpreadsheet.write(rows, FA))) {
            assertEquals(1, workbook.getNumberOfSheets());
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertTrue(sheet.isRightToLeft());
            assertEquals(List.of("شناسه ردیف", "کلید", "عنوان خدمت", "شناسه خدمت", "وضعیت", "نام دستگاه اجرایی",
                    "تعداد مراحل الکترونیکی", "خلاصه خدمت"), texts(sheet.getRow(0)));
            assertEquals(rows.size(), sheet.getLastRowNum());
            assertEquals(rows.size() + 1, sheet.getPhysicalNumberOfRows());
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
            assertTrue(sheet.getPaneInformation().isFreezePane());

            for (int i = 0; i < rows.size(); i++) {
                CardSummary card = rows.get(i);
                Row row = sheet.getRow(i + 1);
                assertEquals(CellType.NUMERIC, row.getCell(0).getCellType());
                assertEquals(card.id().doubleValue(), row.getCell(0).getNumericCellValue());
                assertEquals(card.key(), row.getCell(1).getStringCellValue());
                assertEquals(card.title(), row.getCell(2).getStringCellValue());
                // no seed card has a service ID yet
                assertEquals("نامشخص", row.getCell(3).getStringCellValue());
                assertEquals(card.status().persianLabel(), row.getCell(4).getStringCellValue());
                assertEquals("سازمان زندانها و اقدامات تامینی و تربیتی کشور", row.getCell(5).getStringCellValue());
                if (card.electronicStages() == null) {
                    assertEquals("نامشخص", row.getCell(6).getStringCellValue());
                } else {
                    assertEquals(CellType.NUMERIC, row.getCell(6).getCellType());
                    assertEquals(card.electronicStages().doubleValue(), row.getCell(6).getNumericCellValue());
                }
                assertEquals(card.summary() == null ? "نامشخص" : card.summary(), row.getCell(7).getStringCellValue());
            }
            for (int c = 0; c < 8; c++) {
                assertTrue(sheet.getColumnWidth(c) >= 10 * 256, "column " + c);
            }
        }
    }

    @Test
    void englishCatalogueReadsLeftToRight() throws IOException {
        List<CardSummary> rows = seedRows();
        try (XSSFWorkbook workbook = read(CatalogSpreadsheet.write(rows, Locale.ENGLISH))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertFalse(sheet.isRightToLeft());
            assertEquals(List.of("Id", "Key", "Title", "Service ID", "Status", "Executive agency", "Electronic stages",
                    "Summary"), texts(sheet.getRow(0)));
            assertEquals(rows.size(), sheet.getLastRowNum());
            for (int i = 0; i < rows.size(); i++) {
                Row row = sheet.getRow(i + 1);
                assertEquals(rows.get(i).title(), row.getCell(2).getStringCellValue());
                assertEquals("unknown", row.getCell(3).getStringCellValue());
                assertEquals(rows.get(i).status().englishLabel(), row.getCell(4).getStringCellValue());
            }
        }
    }

    @Test
    void unknownValuesAndNumbers() throws IOException {
        CardSummary known = new CardSummary(42L, "a-card", "عنوان", "خلاصه", "1234", CardStatus.PUBLISHED,
                "tvto", null, 3, null, 1);
        CardSummary unknown = new CardSummary(null, "b-card", "عنوان دوم", null, null, null, null, null, null, null, 1);
        try (XSSFWorkbook workbook = read(CatalogSpreadsheet.write(List.of(known, unknown), FA))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            Row first = sheet.getRow(1);
            assertEquals(42.0, first.getCell(0).getNumericCellValue());
            assertEquals("1234", first.getCell(3).getStringCellValue());
            assertEquals("منتشرشده", first.getCell(4).getStringCellValue());
            assertEquals("tvto", first.getCell(5).getStringCellValue()); // no name: the agency's code
            assertEquals(CellType.NUMERIC, first.getCell(6).getCellType());
            assertEquals(3.0, first.getCell(6).getNumericCellValue());
            Row second = sheet.getRow(2);
            for (int c : new int[] {0, 3, 4, 5, 6, 7}) {
                assertEquals(CellType.STRING, second.getCell(c).getCellType(), "column " + c);
                assertEquals("نامشخص", second.getCell(c).getStringCellValue(), "column " + c);
            }
        }
    }

    @Test
    void anEmptyCatalogueHasItsHeader() throws IOException {
        try (XSSFWorkbook workbook = read(CatalogSpreadsheet.write(List.of(), FA))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals(0, sheet.getLastRowNum());
            assertEquals("عنوان خدمت", sheet.getRow(0).getCell(2).getStringCellValue());
        }
    }
}
