package org.hourglass.api.records;

import java.util.List;
import org.hourglass.api.catalog.QuestionKind;

/** A question as a candidate sees it: never the answer key. */
public record QuestionView(int number, QuestionKind kind, String stem, List<String> options, int points) {
}
