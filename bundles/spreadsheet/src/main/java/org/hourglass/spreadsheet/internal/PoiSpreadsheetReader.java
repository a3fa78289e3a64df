package org.hourglass.spreadsheet.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.spreadsheet.SpreadsheetReader;
import org.osgi.service.component.annotations.Component;

/**
 * Apache POI behind {@link SpreadsheetReader}. Cells are read as formatted text ({@link DataFormatter}),
 * so an 11-digit phone typed as a number reads "13900000001", not "1.39E10". Formulas are not evaluated.
 */
@Component
public class PoiSpreadsheetReader implements SpreadsheetReader {
    @Override
    public List<List<String>> firstSheet(InputStream file, int maxRows) {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(PoiSpreadsheetReader.class.getClassLoader());
        try (Workbook workbook = WorkbookFactory.create(file)) {
            if (workbook.getNumberOfSheets() == 0) {
                throw Problem.invalid("the spreadsheet has no sheet", List.of());
            }
            Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() > maxRows) {
                throw Problem.invalid("the spreadsheet has more than " + maxRows + " rows", List.of());
            }
            DataFormatter text = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : text.formatCellValue(cell));
                    }
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException | EncryptedDocumentException | IllegalArgumentException e) {
            throw Problem.invalid("not a readable xlsx or xls file: " + e.getMessage(), List.of());
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }
}
