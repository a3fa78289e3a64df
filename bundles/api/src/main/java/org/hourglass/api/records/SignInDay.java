package org.hourglass.api.records;

import java.math.BigDecimal;
import java.time.LocalDate;

/** C-27 sign-in statistics of one day (seed 003 "签到统计"): slots expected, slots signed, rate in percent (one decimal). */
public record SignInDay(LocalDate day, int expected, int signed, BigDecimal ratePercent) {
}
