package org.hourglass.catalog.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.hourglass.api.catalog.QuestionBody;
import org.hourglass.api.catalog.QuestionKind;
import org.hourglass.api.problem.FieldError;
import org.junit.Test;

public class PapersTest {
    static final List<QuestionBody> PAPER = List.of(
            new QuestionBody(QuestionKind.SINGLE, "Arc length?", List.of("short", "long"), List.of(0), 40),
            new QuestionBody(QuestionKind.MULTIPLE, "Protective gear?", List.of("mask", "gloves", "sandals"), List.of(0, 1), 40),
            new QuestionBody(QuestionKind.TRUE_FALSE, "Ventilate the room", List.of(), List.of(0), 20));

    @Test
    public void c13_pointsAddUpTo100AndKeysMatchTheKind() {
        assertTrue(Papers.validate("Safety", PAPER).isEmpty());
        List<FieldError> e = Papers.validate("Safety", List.of(
                new QuestionBody(QuestionKind.MULTIPLE, "Pick", List.of("a", "b"), List.of(0), 50),
                new QuestionBody(QuestionKind.TRUE_FALSE, "T", List.of("x"), List.of(2), 50)));
        assertEquals(List.of("questions[0].answer", "questions[1].options", "questions[1].answer"), e.stream().map(FieldError::field).toList());
        assertEquals("questions", Papers.validate("Short", PAPER.subList(0, 2)).get(0).field());
    }

    @Test
    public void c13_c36_scoringIsAllOrNothingPerQuestion() {
        assertEquals(100, Papers.score(PAPER, List.of(List.of(0), List.of(1, 0), List.of(0))));
        // a partially right multiple choice earns nothing: 40 + 0 + 20 = 60, exactly the pass mark
        assertEquals(60, Papers.score(PAPER, List.of(List.of(0), List.of(0), List.of(0))));
        assertEquals(0, Papers.score(PAPER, List.of(List.of(), List.of(0, 1, 2), List.of(1))));
    }

    @Test
    public void storedFormRoundTrips() {
        assertEquals(PAPER, Papers.decode(Papers.encode(PAPER)));
    }
}
