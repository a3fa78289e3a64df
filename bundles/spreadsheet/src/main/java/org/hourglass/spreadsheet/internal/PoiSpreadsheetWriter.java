package org.hourglass.spreadsheet.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.hourglass.api.spreadsheet.SpreadsheetWriter;
import org.osgi.service.component.annotations.Component;

/**
 * xlsx exports with POI's streaming workbook (100 rows in memory, the rest spilled to a temporary file, so a roster of
 * thousands costs no heap). Cells are text; text that a spreadsheet program would take for a formula is quote-prefixed
 * (OWASP "CSV injection": = + - @, tab, carriage return) and otherwise kept exactly, so the export round-trips.
 */
@Component
public class PoiSpreadsheetWriter implements SpreadsheetWriter {
    static final int MAX_CELL = 32_767; // Excel's limit of a cell's text

    @Override
    public void write(String sheetName, List<String> header, Iterable<List<String>> rows, OutputStream out) throws IOException {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(PoiSpreadsheetWriter.class.getClassLoader());
        SXSSFWorkbook book = new SXSSFWorkbook(100);
        try {
            CellStyle literal = book.createCellStyle();
            literal.setQuotePrefixed(true);
            Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
            int r = 0;
            put(sheet.createRow(r++), header, literal);
            for (List<String> row : rows) {
                put(sheet.createRow(r++), row, literal);
            }
            book.write(out);
        } finally {
            book.dispose();
            book.close();
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private static void put(Row row, List<String> cells, CellStyle literal) {
        for (int c = 0; c < cells.size(); c++) {
            String text = cells.get(c);
            if (text == null) {
                continue;
            }
            String kept = text.length() > MAX_CELL ? text.substring(0, MAX_CELL) : text;
            var cell = row.createCell(c);
            cell.setCellValue(kept);
            if (looksLikeFormula(kept)) {
                cell.setCellStyle(literal);
            }
        }
    }

    static boolean looksLikeFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }
}
