package org.hourglass.api.policy;

import java.time.Duration;

/**
 * Exams of a class under this policy.
 *
 * @param scope        per course (C-35, JS-6b) or per class (JS-6a, IN)
 * @param maxAttempts  0 = unlimited (BJ Q68), else a configured number (seed 003)
 * @param passMark     inclusive pass mark (C-36: 60)
 * @param timeLimit    time allowed per attempt; an interrupted attempt resumes within it (C-35)
 */
public record ExamRules(ExamScope scope, int maxAttempts, int passMark, Duration timeLimit) {
}
