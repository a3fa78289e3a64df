package org.hourglass.api.policy;

import java.time.Instant;

/** One learner on a class's roster, as a policy sees it: who, how and when he came in. */
public record RosterMember(long learnerId, EnrolmentChannel channel, Instant joinedAt) {
}
