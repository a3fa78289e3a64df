package org.hourglass.api.policy;

import java.time.Instant;

/**
 * A learner (or a task) to be removed from a class; {@code studiedSeconds} comes from the records (C-25):
 * the learner's study in the class, or for a task ({@code learnerId} 0) the longest study of any learner
 * on the task's course.
 */
public record LeaveRequest(ClassContext cls, long learnerId, long studiedSeconds, Instant now) {
}
