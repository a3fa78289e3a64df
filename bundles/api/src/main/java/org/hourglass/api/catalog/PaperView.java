package org.hourglass.api.catalog;

import java.time.Instant;
import java.util.List;

/** A paper with its questions and answer key, for the staff who author it. */
public record PaperView(long id, String title, List<QuestionBody> questions, Instant createdAt) {
}
