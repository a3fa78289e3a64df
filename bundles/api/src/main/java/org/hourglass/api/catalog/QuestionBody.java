package org.hourglass.api.catalog;

import java.util.List;

/**
 * A question of a new paper (C-13). {@code options} for choice questions (2 to 10), none for true/false;
 * {@code answer} holds the indices of the correct options (true/false: [0] = true, [1] = false);
 * {@code points} count toward the paper's 100; {@code explanation} (题析, optional) is shown with the answer after a
 * practice or mock exam is scored (C-14, seed 001 "显示测试题的答案及题析").
 */
public record QuestionBody(QuestionKind kind, String stem, List<String> options, List<Integer> answer, Integer points,
        String explanation) {
    /** A question without an explanation. */
    public QuestionBody(QuestionKind kind, String stem, List<String> options, List<Integer> answer, Integer points) {
        this(kind, stem, options, answer, points, null);
    }
}
