package org.hourglass.api.records;

import java.util.List;

/** Answers of an attempt: per question the chosen option indices (empty = unanswered). */
public record AnswerSheet(List<List<Integer>> answers) {
}
