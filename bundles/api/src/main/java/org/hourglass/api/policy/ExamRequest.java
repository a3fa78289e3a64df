package org.hourglass.api.policy;

import java.time.Instant;

/**
 * A learner asking to start an exam attempt.
 *
 * @param courseId         null for a class exam
 * @param progressPercent  the watched percentage of the course (or of the class for a class exam) (C-35)
 * @param attemptsUsed     attempts already started
 */
public record ExamRequest(ClassContext cls, long learnerId, Long courseId, int progressPercent, int attemptsUsed,
        Instant now) {
}
