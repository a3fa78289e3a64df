package org.hourglass.api.classes;

import java.time.Instant;

/** A learner on a class roster. */
public record RosterEntryView(long learnerId, Long organizationId, Long groupId, Instant joinedAt) {
}
