package org.hourglass.records.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.hourglass.api.catalog.CourseDirectory;
import org.hourglass.api.catalog.PaperView;
import org.hourglass.api.catalog.QuestionBody;
import org.hourglass.api.catalog.ScoreRequest;
import org.hourglass.api.records.AttemptSummary;
import org.hourglass.api.records.AttemptView;
import org.hourglass.api.records.QuestionView;

/**
 * An attempt's questions, score and views. An exam or mock exam shows its whole paper and is scored out of 100 by the
 * catalogue (C-13); a practice shows the questions drawn from its pool and is scored as the share of their points
 * answered right (C-14). The key and explanations reach the learner only for practice, once scored or when he asked
 * to see them (seeds 001, 002); never for an exam.
 */
final class AttemptViews {
    private AttemptViews() {
    }

    static List<QuestionBody> questions(AttemptEntity a, PaperView paper) {
        List<Integer> drawn = a.drawn();
        return drawn == null ? paper.questions() : drawn.stream().map(paper.questions()::get).toList();
    }

    static int score(CourseDirectory catalog, AttemptEntity a, PaperView paper, List<List<Integer>> answers) {
        List<Integer> drawn = a.drawn();
        if (drawn == null) {
            return catalog.score(a.paperId(), new ScoreRequest(answers)).score();
        }
        List<List<Integer>> full = new ArrayList<>();
        paper.questions().forEach(q -> full.add(List.of()));
        int total = 0;
        for (int i = 0; i < drawn.size(); i++) {
            full.set(drawn.get(i), i < answers.size() ? answers.get(i) : List.of());
            total += paper.questions().get(drawn.get(i)).points();
        }
        int right = catalog.score(a.paperId(), new ScoreRequest(full)).score();
        return (int) ((200L * right + total) / (2L * total)); // percent of the drawn points, half up
    }

    static AttemptView view(AttemptEntity a, PaperView paper, int passMark) {
        List<QuestionBody> questions = questions(a, paper);
        boolean key = a.practice() && (a.showAnswers() || a.finished());
        List<QuestionView> shown = IntStream.range(0, questions.size()).mapToObj(i -> {
            QuestionBody q = questions.get(i);
            List<String> options = q.options() == null ? List.of() : q.options();
            return key ? new QuestionView(i + 1, q.kind(), q.stem(), options, q.points(), q.answer(), q.explanation())
                    : new QuestionView(i + 1, q.kind(), q.stem(), options, q.points());
        }).toList();
        return new AttemptView(a.id(), a.paperId(), a.classId(), a.courseId(), a.practice(), a.startedAt(), a.deadline(),
                a.submittedAt(), a.score(), a.score() == null ? null : a.score() >= passMark, shown, a.answers());
    }

    static AttemptSummary summary(AttemptEntity a, int passMark) {
        return new AttemptSummary(a.id(), a.kind(), a.paperId(), a.courseId(), a.answers().size(), a.startedAt(), a.submittedAt(),
                a.score(), a.score() == null ? null : a.score() >= passMark);
    }
}
