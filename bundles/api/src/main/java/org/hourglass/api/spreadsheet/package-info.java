/** Reading uploaded spreadsheets (xlsx, xls) into rows of text, for imports (C-21). */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.hourglass.api.spreadsheet;
