package org.hourglass.api.policy;

import java.time.Instant;

/** A learner (or a task) to be removed from a class; {@code studiedSeconds} comes from the records (C-25). */
public record LeaveRequest(ClassContext cls, long learnerId, long studiedSeconds, Instant now) {
}
