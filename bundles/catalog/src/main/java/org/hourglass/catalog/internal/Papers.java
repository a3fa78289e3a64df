package org.hourglass.catalog.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.hourglass.api.catalog.QuestionBody;
import org.hourglass.api.catalog.QuestionKind;
import org.hourglass.api.problem.FieldError;

/** C-13: validation, storage form and automatic scoring of papers. Pure functions. */
final class Papers {
    static final int TOTAL_POINTS = 100;
    private static final String FIELD = "\u001f";
    private static final String LIST = "\u001e";

    private Papers() {
    }

    static List<FieldError> validate(String title, List<QuestionBody> questions) {
        return validate(title, questions, true);
    }

    /** {@code hundred}: exams and mock exams are scored out of 100 (C-13); a practice pool's points are free (C-14). */
    static List<FieldError> validate(String title, List<QuestionBody> questions, boolean hundred) {
        List<FieldError> errors = new ArrayList<>();
        if (title == null || title.isBlank() || title.length() > 100) {
            errors.add(new FieldError("title", "required, at most 100 characters"));
        }
        if (questions == null || questions.isEmpty() || questions.size() > 200) {
            errors.add(new FieldError("questions", "1 to 200 questions"));
            return errors;
        }
        int total = 0;
        for (int i = 0; i < questions.size(); i++) {
            QuestionBody q = questions.get(i);
            String at = "questions[" + i + "].";
            if (q == null) {
                errors.add(new FieldError("questions[" + i + "]", "required"));
                continue;
            }
            question(errors, at, q);
            total += q.points() == null ? 0 : q.points();
        }
        if (errors.isEmpty() && hundred && total != TOTAL_POINTS) {
            errors.add(new FieldError("questions", "points add up to " + total + "; a paper is scored out of 100 (C-13)"));
        }
        return errors;
    }

    private static void question(List<FieldError> errors, String at, QuestionBody q) {
        if (q.kind() == null) {
            errors.add(new FieldError(at + "kind", "SINGLE, MULTIPLE or TRUE_FALSE"));
            return;
        }
        if (q.stem() == null || q.stem().isBlank() || q.stem().length() > 1000 || q.stem().contains(FIELD) || q.stem().contains("\n")) {
            errors.add(new FieldError(at + "stem", "required, one line of at most 1000 characters"));
        }
        int options = q.options() == null ? 0 : q.options().size();
        if (q.kind() == QuestionKind.TRUE_FALSE ? options != 0 : options < 2 || options > 10) {
            errors.add(new FieldError(at + "options", q.kind() == QuestionKind.TRUE_FALSE ? "none for true/false" : "2 to 10 options"));
        } else if (q.options() != null && q.options().stream().anyMatch(o -> o == null || o.isBlank() || o.length() > 200
                || o.contains(FIELD) || o.contains(LIST) || o.contains("\n"))) {
            errors.add(new FieldError(at + "options", "each one line of 1 to 200 characters"));
        }
        int choices = q.kind() == QuestionKind.TRUE_FALSE ? 2 : options;
        List<Integer> answer = q.answer() == null ? List.of() : q.answer();
        boolean inRange = answer.stream().allMatch(a -> a != null && a >= 0 && a < choices);
        boolean distinct = new HashSet<>(answer).size() == answer.size();
        int expectedMin = q.kind() == QuestionKind.MULTIPLE ? 2 : 1;
        int expectedMax = q.kind() == QuestionKind.MULTIPLE ? choices : 1;
        if (!inRange || !distinct || answer.size() < expectedMin || answer.size() > expectedMax) {
            errors.add(new FieldError(at + "answer", q.kind() == QuestionKind.MULTIPLE
                    ? "two or more distinct option indices" : "exactly one option index"));
        }
        if (q.explanation() != null && (q.explanation().length() > 1000 || q.explanation().contains(FIELD)
                || q.explanation().contains("\n"))) {
            errors.add(new FieldError(at + "explanation", "one line of at most 1000 characters"));
        }
        if (q.points() == null || q.points() < 1 || q.points() > TOTAL_POINTS) {
            errors.add(new FieldError(at + "points", "1 to 100"));
        }
    }

    /** An answer is right only when exactly the correct options are chosen; unanswered scores 0. */
    static int score(List<QuestionBody> questions, List<List<Integer>> answers) {
        int score = 0;
        for (int i = 0; i < questions.size(); i++) {
            List<Integer> given = answers != null && i < answers.size() && answers.get(i) != null ? answers.get(i) : List.of();
            if (given.stream().allMatch(Objects::nonNull) && new HashSet<>(given).equals(new HashSet<>(questions.get(i).answer()))
                    && given.size() == questions.get(i).answer().size()) {
                score += questions.get(i).points();
            }
        }
        return score;
    }

    static String encode(List<QuestionBody> questions) {
        return questions.stream().map(q -> String.join(FIELD, q.kind().name(), q.stem().trim(),
                String.join(LIST, q.options() == null ? List.of() : q.options()),
                q.answer().stream().map(String::valueOf).collect(Collectors.joining(",")), String.valueOf(q.points()),
                q.explanation() == null ? "" : q.explanation().strip()))
                .collect(Collectors.joining("\n"));
    }

    static List<QuestionBody> decode(String stored) {
        return Arrays.stream(stored.split("\n")).map(line -> {
            String[] f = line.split(FIELD, -1);
            List<String> options = f[2].isEmpty() ? List.of() : List.of(f[2].split(LIST, -1));
            List<Integer> answer = Arrays.stream(f[3].split(",")).map(Integer::valueOf).toList();
            String explanation = f.length > 5 && !f[5].isEmpty() ? f[5] : null; // rows stored before C-14 have five fields
            return new QuestionBody(QuestionKind.valueOf(f[0]), f[1], options, answer, Integer.valueOf(f[4]), explanation);
        }).toList();
    }
}
