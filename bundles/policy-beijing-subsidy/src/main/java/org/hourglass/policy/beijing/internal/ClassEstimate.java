package org.hourglass.policy.beijing.internal;

import java.util.List;
import java.util.Map;
import org.hourglass.api.quantity.Money;

/** A class's subsidy estimate (BJ-2 … BJ-8): every learner's, the total, and the parameters used. */
public record ClassEstimate(long classId, String status, int learners, int eligibleLearners, Money total, Map<String, String> parameters,
        List<LearnerEstimate> rows) {
    public ClassEstimate {
        rows = List.copyOf(rows);
        parameters = Map.copyOf(parameters);
    }

    /** One learner: masked ID, effective hours per type at one decimal, the subsidy, disqualification (BJ-17). */
    public record LearnerEstimate(long learnerId, String name, String idNumber, Map<String, String> hoursByType, boolean disqualified,
            SubsidyEstimate estimate) {
    }
}
