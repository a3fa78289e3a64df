package org.hourglass.api.records;

import org.hourglass.api.policy.ClassContext;
import org.hourglass.api.policy.TrainingPolicy;

/** A learner about to study a course in a class, for {@link StudyPermit}s: the class as its policy sees it and the policy. */
public record StudyRequest(ClassContext cls, TrainingPolicy policy, long learnerId, long courseId) {
}
