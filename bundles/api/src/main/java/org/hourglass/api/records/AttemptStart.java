package org.hourglass.api.records;

/**
 * Body of {@code POST /api/v1/exams/{paperId}/attempts}.
 *
 * @param courseId  the course whose exam this is (per-course exams, C-35); null for the class exam
 * @param practice  practice attempts are unlimited and never count (C-39)
 */
public record AttemptStart(Long classId, Long courseId, Boolean practice) {
}
