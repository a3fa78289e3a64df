package org.hourglass.policy.hr.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hourglass.api.catalog.QuestionBody;
import org.hourglass.api.catalog.QuestionKind;
import org.hourglass.api.problem.Problem;

/**
 * A sitting's answers: one list of chosen option indices per question ({@code []} = unanswered), stored as
 * {@code "0;0,2;;1"}. Scored out of 100 with every question worth the same (35 + 15 questions: 2 points each, C-13); a
 * question counts when exactly its correct options are chosen.
 */
final class AnswerSheet {
    private AnswerSheet() {
    }

    /** The answers as sent, or 400: one entry per question, valid distinct option indices, one at most for single choice. */
    static List<List<Integer>> checked(List<List<Integer>> answers, List<QuestionBank.Drawn> questions) {
        if (answers == null || answers.size() != questions.size()) {
            throw Problem.invalidField("answers", "one list of chosen options per question (" + questions.size() + "), [] when unanswered");
        }
        for (int i = 0; i < answers.size(); i++) {
            List<Integer> a = answers.get(i);
            QuestionBody q = questions.get(i).question();
            int options = q.options() == null ? 2 : q.options().size();
            if (a == null || a.stream().anyMatch(o -> o == null || o < 0 || o >= options) || a.stream().distinct().count() != a.size()
                    || (q.kind() != QuestionKind.MULTIPLE && a.size() > 1)) {
                throw Problem.invalidField("answers", "question " + (i + 1) + ": distinct option indices from 0 to " + (options - 1)
                        + (q.kind() == QuestionKind.MULTIPLE ? "" : ", one at most"));
            }
        }
        return answers;
    }

    static String encode(List<List<Integer>> answers) {
        return String.join(";", answers.stream().map(a -> String.join(",", a.stream().sorted().map(String::valueOf).toList())).toList());
    }

    static List<List<Integer>> decode(String stored, int questions) {
        List<List<Integer>> out = new ArrayList<>(questions);
        String[] parts = stored == null || stored.isEmpty() ? new String[0] : stored.split(";", -1);
        for (int i = 0; i < questions; i++) {
            out.add(i >= parts.length || parts[i].isEmpty() ? List.of()
                    : Arrays.stream(parts[i].split(",")).map(Integer::valueOf).toList());
        }
        return out;
    }

    /** Out of 100, one decimal, rounded down (a pass is never rounded into being): correct × 100 / questions. */
    static BigDecimal score(List<QuestionBank.Drawn> questions, List<List<Integer>> answers) {
        int correct = 0;
        for (int i = 0; i < questions.size(); i++) {
            List<Integer> key = questions.get(i).question().answer().stream().sorted().toList();
            if (answers.get(i).stream().sorted().toList().equals(key)) {
                correct++;
            }
        }
        return BigDecimal.valueOf(correct * 100L).divide(BigDecimal.valueOf(Math.max(1, questions.size())), 1, RoundingMode.DOWN);
    }
}
