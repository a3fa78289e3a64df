package org.hourglass.api.policy;

import java.time.Instant;

/**
 * One learner on a class's roster, as a policy sees it: who, how and when he came in; {@code enteredAt} when he joined
 * the class himself with its password (IN-4 shape), null before or where the class has no such step.
 */
public record RosterMember(long learnerId, EnrolmentChannel channel, Instant joinedAt, Instant enteredAt) {
    /** A member who has not joined with a class password. */
    public RosterMember(long learnerId, EnrolmentChannel channel, Instant joinedAt) {
        this(learnerId, channel, joinedAt, null);
    }
}
