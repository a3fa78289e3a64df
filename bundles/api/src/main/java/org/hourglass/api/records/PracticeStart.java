package org.hourglass.api.records;

import org.hourglass.api.catalog.PaperPurpose;

/**
 * Body of {@code POST /api/v1/practice} (C-14, C-39): practise a course of one of the learner's classes, unlimited and
 * counting for nothing.
 *
 * @param purpose     {@code PRACTICE} (default: questions drawn from the course's practice pool) or {@code MOCK_EXAM}
 * @param poolId      which pool or mock exam of the course; null = the course's first one
 * @param count       practice: how many questions to draw (seed 002 "选择要练习的题量"), 1 to 100, default 10 (or the
 *                    pool's size when smaller); a mock exam is taken whole
 * @param showAnswers show each answer and its explanation from the start (seed 002 "显示答案"); otherwise after scoring
 */
public record PracticeStart(Long classId, Long courseId, PaperPurpose purpose, Long poolId, Integer count, Boolean showAnswers) {
}
