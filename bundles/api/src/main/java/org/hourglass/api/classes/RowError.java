package org.hourglass.api.classes;

/** Why one row of an import was refused: 1-based row number (of the data rows), field and reason. */
public record RowError(int row, String field, String reason) {
}
