package org.hourglass.api.catalog;

import java.util.List;

/** Body of {@code POST /api/v1/papers}: its questions' points add up to exactly 100 (C-13). */
public record NewPaper(String title, List<QuestionBody> questions) {
}
