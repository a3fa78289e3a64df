package org.hourglass.api.classes;

import java.time.Instant;
import org.hourglass.api.policy.ClassContext;
import org.hourglass.api.policy.TrainingPolicy;

/** A learner leaving a class's roster, for {@link ClassParticipant}s: the class as its policy sees it and the policy. */
public record RosterChange(ClassContext cls, TrainingPolicy policy, long learnerId, Instant at) {
}
