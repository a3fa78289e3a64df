package org.hourglass.api.records;

import java.time.Instant;

/**
 * One line of a learner's attempt history (C-26, seed 002 "练习记录"): exams, practice and mock exams of a class, newest
 * first, without their questions.
 *
 * @param kind  EXAM, PRACTICE or MOCK_EXAM
 */
public record AttemptSummary(long id, String kind, long paperId, Long courseId, int questions, Instant startedAt,
        Instant submittedAt, Integer score, Boolean passed) {
}
