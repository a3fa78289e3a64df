package org.hourglass.api.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Writes one sheet of text as an xlsx file, for exports (C-27 roster export). Every cell is a text cell, never a
 * formula; a cell whose text starts like a formula ({@code = + - @}, a tab or a carriage return) is also marked
 * quote-prefixed, so a spreadsheet program shows it literally and keeps it text when edited (CSV/formula injection).
 */
@ProviderType
public interface SpreadsheetWriter {
    String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Writes {@code header} then {@code rows} to a sheet named {@code sheetName}; the caller closes {@code out}. */
    void write(String sheetName, List<String> header, Iterable<List<String>> rows, OutputStream out) throws IOException;
}
