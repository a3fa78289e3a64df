package org.hourglass.api.catalog;

import java.util.List;

/**
 * A question of a new paper (C-13). {@code options} for choice questions (2 to 10), none for true/false;
 * {@code answer} holds the indices of the correct options (true/false: [0] = true, [1] = false);
 * {@code points} count toward the paper's 100.
 */
public record QuestionBody(QuestionKind kind, String stem, List<String> options, List<Integer> answer, Integer points) {
}
