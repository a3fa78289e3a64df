package org.hourglass.api.commerce;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One report of live-stream minutes used (IN-8, seed 003 "使用记录"): when, on which local day, under which reference (the
 * live session's), and the live-stream order that settled its day, once midnight passed.
 */
public record UsageView(long minutes, String reference, Instant usedAt, LocalDate day, Long settledOrderId) {
}
