package org.hourglass.api.records;

import java.util.List;
import org.hourglass.api.catalog.QuestionKind;

/**
 * A question as a candidate sees it. An exam's never carries its key; a practice or mock exam question carries
 * {@code answer} and {@code explanation} once its attempt is scored, or from the start when the learner asked to see
 * answers (C-14, seeds 001, 002); null otherwise.
 */
public record QuestionView(int number, QuestionKind kind, String stem, List<String> options, int points, List<Integer> answer,
        String explanation) {
    /** A question without its key. */
    public QuestionView(int number, QuestionKind kind, String stem, List<String> options, int points) {
        this(number, kind, stem, options, points, null, null);
    }
}
