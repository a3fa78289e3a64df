package org.hourglass.spreadsheet.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.hourglass.api.problem.Problem;

/**
 * Collects a streamed sheet's cell text row by row, refusing (400) as soon as it has more rows than the caller
 * allows, more than {@link #MAX_COLUMNS} columns or a cell longer than {@link #MAX_CELL_CHARS}: a sheet is never
 * held beyond those bounds. Missing rows and cells read as empty, as a spreadsheet program shows them.
 */
final class SheetRows implements SheetContentsHandler {
    static final int MAX_COLUMNS = 64;
    static final int MAX_CELL_CHARS = 4096;
    private final int maxRows;
    private final List<List<String>> rows = new ArrayList<>();
    private List<String> current;

    SheetRows(int maxRows) {
        this.maxRows = maxRows;
    }

    List<List<String>> rows() {
        return rows;
    }

    @Override
    public void startRow(int rowNum) {
        if (rowNum >= maxRows) {
            throw Problem.invalid("the spreadsheet has more than " + maxRows + " rows", List.of());
        }
        while (rows.size() < rowNum) {
            rows.add(new ArrayList<>());
        }
        current = new ArrayList<>();
        rows.add(current);
    }

    @Override
    public void endRow(int rowNum) {
        current = null;
    }

    @Override
    public void cell(String reference, String formattedValue, XSSFComment comment) {
        if (current == null) {
            return;
        }
        int column = reference == null ? current.size() : new CellReference(reference).getCol();
        if (column >= MAX_COLUMNS) {
            throw Problem.invalid("the spreadsheet has more than " + MAX_COLUMNS + " columns", List.of());
        }
        String text = formattedValue == null ? "" : formattedValue;
        if (text.length() > MAX_CELL_CHARS) {
            throw Problem.invalid("cell " + CellReference.convertNumToColString(column) + rows.size() + " has more than "
                    + MAX_CELL_CHARS + " characters", List.of());
        }
        while (current.size() < column) {
            current.add("");
        }
        if (column < current.size()) {
            current.set(column, text);
        } else {
            current.add(text);
        }
    }
}
