package org.hourglass.policy.hr.internal;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hourglass.api.catalog.CourseDirectory;
import org.hourglass.api.catalog.PaperView;
import org.hourglass.api.catalog.QuestionBody;
import org.hourglass.api.catalog.QuestionKind;
import org.hourglass.api.problem.Problem;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * HR-5's question bank: the single- and multiple-choice questions of the catalogue papers a period names (seed 004 "试卷 80%
 * 的内容均出自…系列课": the series' practice pools, and any other paper the association keeps). Each sitting draws its own
 * paper — the configured numbers of each kind, at random — and refers to the questions as {@code paperId:index}.
 */
@Component(service = QuestionBank.class)
public class QuestionBank {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final CourseDirectory catalog;

    @Activate
    public QuestionBank(@Reference CourseDirectory catalog) {
        this.catalog = catalog;
    }

    /** A drawn question: where it comes from and what it is. */
    record Drawn(String ref, QuestionBody question) {
    }

    /** What is wrong with the bank for papers of {@code singles} + {@code multiples} questions; null when nothing is. */
    String problem(List<Long> paperIds, int singles, int multiples) {
        if (paperIds == null || paperIds.isEmpty() || paperIds.size() > 50 || paperIds.stream().anyMatch(id -> id == null)) {
            return "1 to 50 paper ids whose questions make the bank";
        }
        int[] counts = new int[2];
        for (long id : paperIds) {
            PaperView paper = catalog.paper(id).orElse(null);
            if (paper == null) {
                return "paper " + id + " does not exist";
            }
            for (QuestionBody q : paper.questions()) {
                if (q.kind() == QuestionKind.SINGLE) {
                    counts[0]++;
                } else if (q.kind() == QuestionKind.MULTIPLE) {
                    counts[1]++;
                }
            }
        }
        if (counts[0] < singles || counts[1] < multiples) {
            return "HR-5: the bank holds " + counts[0] + " single-choice and " + counts[1] + " multiple-choice questions; a paper draws "
                    + singles + " and " + multiples;
        }
        return null;
    }

    /** A fresh paper: {@code singles} single-choice questions, then {@code multiples} multiple-choice ones, each drawn at random. */
    List<String> draw(List<Long> paperIds, int singles, int multiples) {
        String wrong = problem(paperIds, singles, multiples);
        if (wrong != null) {
            throw Problem.conflict("the exam's question bank cannot make a paper (" + wrong + "); the platform staff have been told");
        }
        List<String> single = new ArrayList<>();
        List<String> multiple = new ArrayList<>();
        for (long id : paperIds) {
            List<QuestionBody> qs = catalog.paper(id).orElseThrow().questions();
            for (int i = 0; i < qs.size(); i++) {
                if (qs.get(i).kind() == QuestionKind.SINGLE) {
                    single.add(id + ":" + i);
                } else if (qs.get(i).kind() == QuestionKind.MULTIPLE) {
                    multiple.add(id + ":" + i);
                }
            }
        }
        Collections.shuffle(single, RANDOM);
        Collections.shuffle(multiple, RANDOM);
        List<String> paper = new ArrayList<>(single.subList(0, singles));
        paper.addAll(multiple.subList(0, multiples));
        return paper;
    }

    /** The questions behind {@code refs}, in order, each paper read once. */
    List<Drawn> questions(List<String> refs) {
        Map<Long, List<QuestionBody>> papers = new HashMap<>();
        List<Drawn> out = new ArrayList<>(refs.size());
        for (String ref : refs) {
            int colon = ref.indexOf(':');
            long paperId = Long.parseLong(ref.substring(0, colon));
            List<QuestionBody> qs = papers.computeIfAbsent(paperId, id -> catalog.paper(id).map(PaperView::questions).orElse(List.of()));
            int index = Integer.parseInt(ref.substring(colon + 1));
            if (index >= qs.size()) {
                throw new IllegalStateException("question " + ref + " of a sitting is gone from the catalogue");
            }
            out.add(new Drawn(ref, qs.get(index)));
        }
        return out;
    }
}
