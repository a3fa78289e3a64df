package org.hourglass.records.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

/**
 * IN-9 / C-27 learning status of a class's learners, four grouped reads by class: best exam score (practice never
 * counts), last study time, sign-in days, photos taken.
 */
record LearningStatus(Map<Long, Integer> bestScore, Map<Long, Instant> lastStudyAt, Map<Long, Integer> signInDays,
        Map<Long, Integer> photos) {

    static LearningStatus of(JpaTemplate jpa, long classId) {
        Map<Long, Integer> best = new HashMap<>();
        Map<Long, Instant> last = new HashMap<>();
        Map<Long, Integer> days = new HashMap<>();
        Map<Long, Integer> photos = new HashMap<>();
        jpa.tx(TransactionType.Required, em -> {
            em.createQuery("select a.learnerId, max(a.score) from AttemptEntity a where a.classId = :c and a.practice = false "
                    + "and a.score is not null group by a.learnerId", Object[].class).setParameter("c", classId).getResultList()
                    .forEach(r -> best.put((Long) r[0], ((Number) r[1]).intValue()));
            em.createQuery("select p.learnerId, p.lastStudyAt from ChapterProgressEntity p where p.classId = :c and p.lastStudyAt is not null",
                    Object[].class).setParameter("c", classId).getResultList()
                    .forEach(r -> last.merge((Long) r[0], (Instant) r[1], (a, b) -> a.isAfter(b) ? a : b));
            em.createQuery("select distinct s.learnerId, s.day from SignInEntity s where s.classId = :c", Object[].class)
                    .setParameter("c", classId).getResultList().forEach(r -> days.merge((Long) r[0], 1, Integer::sum));
            em.createQuery("select p.learnerId, count(p) from PhotoEntity p where p.classId = :c group by p.learnerId", Object[].class)
                    .setParameter("c", classId).getResultList().forEach(r -> photos.put((Long) r[0], ((Number) r[1]).intValue()));
        });
        return new LearningStatus(best, last, days, photos);
    }
}
