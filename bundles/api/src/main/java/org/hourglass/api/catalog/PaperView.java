package org.hourglass.api.catalog;

import java.time.Instant;
import java.util.List;

/**
 * A paper with its questions and answer key, for the staff who author it. {@code courseId}: the course a practice pool or
 * mock exam belongs to (C-14); null for exam papers, which courses and packages name.
 */
public record PaperView(long id, String title, List<QuestionBody> questions, Instant createdAt, PaperPurpose purpose, Long courseId) {
    /** An exam paper (before C-14). */
    public PaperView(long id, String title, List<QuestionBody> questions, Instant createdAt) {
        this(id, title, questions, createdAt, PaperPurpose.EXAM, null);
    }
}
