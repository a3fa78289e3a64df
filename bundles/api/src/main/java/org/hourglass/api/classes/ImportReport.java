package org.hourglass.api.classes;

import java.util.List;

/**
 * The answer to a roster import (C-21): valid rows are imported together, invalid rows come back with
 * their row number and reason. With {@code dryRun} nothing is written.
 */
public record ImportReport(boolean dryRun, int rows, int imported, int alreadyOnRoster, int rejected, List<RowError> errors,
        int rosterSize) {
}
