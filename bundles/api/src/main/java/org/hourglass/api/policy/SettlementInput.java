package org.hourglass.api.policy;

import java.time.Instant;
import java.util.List;

/** The recorded facts a settlement is computed from; the same input always gives the same settlement. */
public record SettlementInput(ClassContext cls, List<LearnerStanding> learners, Instant asOf) {
    public SettlementInput {
        learners = List.copyOf(learners);
    }
}
