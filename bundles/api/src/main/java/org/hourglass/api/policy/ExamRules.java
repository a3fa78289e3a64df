package org.hourglass.api.policy;

import java.time.Duration;
import java.time.Instant;

/**
 * Exams of a class under this policy.
 *
 * @param scope        per course (C-35, JS-6b) or per class (JS-6a, IN)
 * @param maxAttempts  0 = unlimited (BJ Q68), else a configured number (seed 003)
 * @param passMark     inclusive pass mark (C-36: 60)
 * @param timeLimit    time allowed per attempt; an interrupted attempt resumes within it (C-35)
 * @param opensAt      no attempt starts before this instant (C-35 "inside an open window", seed 003); null = no opening
 * @param closesAt     no attempt starts from this instant on, and every attempt ends by it; null = no closing
 */
public record ExamRules(ExamScope scope, int maxAttempts, int passMark, Duration timeLimit, Instant opensAt, Instant closesAt) {
    /** Rules without a window: exams open whenever the policy's other rules allow. */
    public ExamRules(ExamScope scope, int maxAttempts, int passMark, Duration timeLimit) {
        this(scope, maxAttempts, passMark, timeLimit, null, null);
    }

    public ExamRules {
        if (opensAt != null && closesAt != null && !closesAt.isAfter(opensAt)) {
            throw new IllegalArgumentException("an exam window closes after it opens: " + opensAt + " .. " + closesAt);
        }
    }
}
