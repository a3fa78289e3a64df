package org.hourglass.api.catalog;

import java.util.List;

/** Answers in question order, each the chosen option indices ({@code []} = unanswered). */
public record ScoreRequest(List<List<Integer>> answers) {
}
