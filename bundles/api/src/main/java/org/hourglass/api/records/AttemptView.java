package org.hourglass.api.records;

import java.time.Instant;
import java.util.List;

/**
 * An exam attempt (C-35): open until {@code deadline} (the time limit; an interrupted attempt resumes),
 * scored out of 100 when submitted or when its time is up (C-13), passed at 60 inclusive (C-36).
 * Practice attempts (C-39) never count.
 */
public record AttemptView(long id, long paperId, long classId, Long courseId, boolean practice, Instant startedAt,
        Instant deadline, Instant submittedAt, Integer score, Boolean passed, List<QuestionView> questions,
        List<List<Integer>> answers) {
}
