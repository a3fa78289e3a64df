package org.hourglass.policy.beijing.internal;

import java.util.List;
import org.hourglass.api.quantity.Money;

/**
 * A claim package: canonical JSON (keys sorted), the SHA-256 of its UTF-8 bytes, how many learners, the total
 * claimed, the learners it claims a subsidy for (eligible under BJ-3), and all its learners (the whole class applies,
 * BJ-15; the authority checks each one's insurance, BJ-1).
 */
record ClaimPackage(String json, String sha256, int learners, Money total, List<Long> claimedLearners, List<Long> allLearners) {
    ClaimPackage {
        claimedLearners = List.copyOf(claimedLearners);
        allLearners = List.copyOf(allLearners);
    }
}
