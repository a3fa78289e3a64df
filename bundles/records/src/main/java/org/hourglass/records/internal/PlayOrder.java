package org.hourglass.records.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import org.hourglass.api.catalog.ChapterView;
import org.hourglass.api.catalog.CourseView;
import org.hourglass.api.problem.Problem;

/**
 * C-12 "play in order" (seed 003 §2.1): in a package that plays in order, a chapter opens once every chapter before it —
 * the earlier courses of the package and the earlier chapters of its own course — is fully watched. Checked on the
 * first beat of a chapter only (later beats continue what was allowed), in the beat's transaction.
 */
final class PlayOrder {
    private PlayOrder() {
    }

    static void requireEarlierWatched(EntityManager em, long learnerId, long classId, StudyGate.Study study, List<CourseView> courses) {
        Map<Long, Long> furthest = em.createQuery("select c.chapterId, c.furthestMs from ChapterProgressEntity c "
                + "where c.learnerId = :l and c.classId = :c", Object[].class).setParameter("l", learnerId).setParameter("c", classId)
                .getResultList().stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
        for (CourseView course : courses) {
            for (ChapterView ch : course.chapters()) {
                if (ch.id() == study.chapter().id()) {
                    return;
                }
                if (furthest.getOrDefault(ch.id(), 0L) < ch.durationSeconds() * 1000L) {
                    throw Problem.ruleViolated("C-12", "this package plays in order: finish '" + ch.title() + "' of '"
                            + course.title() + "' first");
                }
            }
        }
    }
}
