package org.hourglass.api.spreadsheet;

import java.io.InputStream;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** Reads the first sheet of an xlsx or xls file as rows of cell text, as a person sees them in a spreadsheet program. */
@ProviderType
public interface SpreadsheetReader {
    /**
     * @param maxRows refuse files with more rows than this
     * @throws org.hourglass.api.problem.Problem 400 when the file is not a readable spreadsheet or too long
     */
    List<List<String>> firstSheet(InputStream file, int maxRows);
}
