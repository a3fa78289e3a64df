package org.hourglass.api.catalog;

import java.util.List;

/**
 * Body of {@code POST /api/v1/papers} (C-13, C-14): an exam's or mock exam's points add up to exactly 100; a practice
 * pool's need not. {@code purpose} null = {@link PaperPurpose#EXAM}; a practice pool or mock exam names its course.
 */
public record NewPaper(String title, List<QuestionBody> questions, PaperPurpose purpose, Long courseId) {
    /** An exam paper (before C-14). */
    public NewPaper(String title, List<QuestionBody> questions) {
        this(title, questions, null, null);
    }
}
