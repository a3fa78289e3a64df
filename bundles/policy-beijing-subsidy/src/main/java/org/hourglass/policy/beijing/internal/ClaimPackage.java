package org.hourglass.policy.beijing.internal;

import java.util.List;
import org.hourglass.api.quantity.Money;

/**
 * A claim package: canonical JSON (keys sorted), the SHA-256 of its UTF-8 bytes, how many learners, the total
 * claimed, and the learners it claims a subsidy for (eligible under BJ-3).
 */
record ClaimPackage(String json, String sha256, int learners, Money total, List<Long> claimedLearners) {
    ClaimPackage {
        claimedLearners = List.copyOf(claimedLearners);
    }
}
