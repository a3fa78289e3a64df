package org.hourglass.api.records;

import java.math.BigDecimal;

/**
 * C-27 class overview (seed 003 "班级概况"): the roster's learners still in the class, the package's courses and length,
 * how many joined (activated their account, C-2) or not, how many watched everything or not, and the sign-in rate.
 *
 * @param signInRatePercent signed-in slots / expected slots × 100, one decimal; null when the class asks for no sign-ins
 */
public record ClassOverview(long classId, int learners, int courses, long courseSeconds, int joined, int notJoined,
        int completedAll, int notCompletedAll, BigDecimal signInRatePercent) {
}
