package org.hourglass.policy.beijing.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * BJ-14 (seed 000 Q8, Q59: "差评率低于30%的单位可进行补贴申请"): negative answers among all answers, compared exactly —
 * 7 negative of 24 is 29.17 %, under 30 %, and may apply (it was rounded up to 30 % and refused). No answers: 0 %.
 */
record NegativeShare(long negative, long all) {
    boolean under(int limitPercent) {
        return all == 0 || negative * 100 < (long) limitPercent * all; // no answers: 0 %, under any limit
    }

    /** The share in percent, two decimals, for people to read (never for the decision). */
    BigDecimal percent() {
        return all == 0 ? BigDecimal.ZERO.setScale(2) : BigDecimal.valueOf(negative * 100).divide(BigDecimal.valueOf(all), 2, RoundingMode.HALF_UP);
    }
}
