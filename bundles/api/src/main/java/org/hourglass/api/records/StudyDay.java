package org.hourglass.api.records;

import java.time.LocalDate;
import org.hourglass.api.quantity.Hours;

/** C-27 study by day (seed 003 "学习情况"): how many learners studied and the hours credited to them that day. */
public record StudyDay(LocalDate day, int learners, Hours creditedHours) {
}
