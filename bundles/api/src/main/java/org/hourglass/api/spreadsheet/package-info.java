/** Reading uploaded spreadsheets (xlsx, xls) into rows of text, for imports (C-21); writing xlsx exports (C-27). */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.hourglass.api.spreadsheet;
