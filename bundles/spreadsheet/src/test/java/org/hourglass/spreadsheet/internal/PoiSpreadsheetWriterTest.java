package org.hourglass.spreadsheet.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.Test;

/** C-27 exports: text cells only, formula-looking text quote-prefixed and kept exactly; readable by our own reader. */
public class PoiSpreadsheetWriterTest {
    @Test
    public void c27_cellsAreTextAndFormulaLookingTextIsQuotePrefixedButKept() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PoiSpreadsheetWriter().write("学员 [1]", List.of("姓名", "联系方式"), List.of(
                List.of("=HYPERLINK(\"http://evil\",\"x\")", "+86 138"), List.of("张三", "@home")), out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("=HYPERLINK(\"http://evil\",\"x\")", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals(CellType.STRING, sheet.getRow(1).getCell(0).getCellType());
            assertTrue(sheet.getRow(1).getCell(0).getCellStyle().getQuotePrefixed());
            assertTrue(sheet.getRow(2).getCell(1).getCellStyle().getQuotePrefixed());
            assertFalse(sheet.getRow(2).getCell(0).getCellStyle().getQuotePrefixed());
        }
        List<List<String>> read = new PoiSpreadsheetReader().firstSheet(new ByteArrayInputStream(out.toByteArray()), 10);
        assertEquals(List.of("张三", "@home"), read.get(2));
    }
}
