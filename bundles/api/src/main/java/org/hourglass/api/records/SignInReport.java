package org.hourglass.api.records;

import java.math.BigDecimal;
import java.util.List;

/**
 * C-27 sign-in statistics of a class, from its start date to today (or its end date): per day and in all.
 *
 * @param perDay the class's sign-ins per learner and day (C-38: 0, 1 or 2); null while its policy is not deployed
 */
public record SignInReport(long classId, Integer perDay, List<SignInDay> days, int expected, int signed, BigDecimal ratePercent) {
}
