package org.hourglass.records.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.persistence.EntityManager;
import org.hourglass.api.catalog.CourseView;
import org.osgi.service.component.annotations.Component;

/**
 * The beat writer's memory of where its rows are (issue 19): per learner, class and course the ids of the chapter-coverage
 * rows; per learner and day the ids of the day-ledger rows; whether the learner is disqualified in a class. With the ids a
 * beat reads its rows by primary key — EclipseLink's shared cache, no query — instead of four JPQL queries per beat.
 * <p>
 * Only the beat writer creates these rows, so what it remembers is complete once filled from the database (one query per
 * key, after a restart or an eviction). An id is checked when used: a row missing (its batch rolled back) or not the one
 * expected makes the key forgotten and read again. A disqualification (C-38) is written by a request thread, which tells
 * this memory after its commit. Bounded: past {@value #MAX_KEYS} keys a map is cleared and refills as beats come. Per node:
 * the cluster (issue 20) must make sure another node's writer did not create rows meanwhile (one writer per learner).
 */
@Component(service = StudyRows.class)
public class StudyRows {
    static final int MAX_KEYS = 100_000;

    private record CourseKey(long learnerId, long classId, long courseId) {
    }

    private record DayKey(long learnerId, LocalDate day) {
    }

    private record ClassCourse(long classId, long courseId) {
    }

    private record ClassKey(long learnerId, long classId) {
    }

    /** Chapter id → coverage row id. */
    private final Map<CourseKey, Map<Long, Long>> chapters = new ConcurrentHashMap<>();
    /** (class, course) → day-ledger row id. */
    private final Map<DayKey, Map<ClassCourse, Long>> days = new ConcurrentHashMap<>();
    private final Map<ClassKey, Boolean> disqualified = new ConcurrentHashMap<>();

    /** The learner's coverage row of the chapter, if he has one. */
    Optional<ChapterProgressEntity> chapterRow(EntityManager em, long learnerId, long classId, long courseId, long chapterId) {
        for (int attempt = 0; attempt < 2; attempt++) {
            Long id = courseRows(em, learnerId, classId, courseId).get(chapterId);
            if (id == null) {
                return Optional.empty();
            }
            ChapterProgressEntity row = em.find(ChapterProgressEntity.class, id);
            if (row != null && row.of(learnerId, classId, chapterId)) {
                return Optional.of(row);
            }
            chapters.remove(new CourseKey(learnerId, classId, courseId));
        }
        return Optional.empty();
    }

    /** C-32: the course's watched percent from its coverage rows, read by id. */
    int coursePercent(EntityManager em, long learnerId, long classId, CourseView course) {
        Map<Long, Long> furthest = new HashMap<>();
        for (Map.Entry<Long, Long> e : courseRows(em, learnerId, classId, course.id()).entrySet()) {
            ChapterProgressEntity row = em.find(ChapterProgressEntity.class, e.getValue());
            if (row == null || !row.of(learnerId, classId, e.getKey())) {
                chapters.remove(new CourseKey(learnerId, classId, course.id()));
                return Progress.coursePercent(em, learnerId, classId, course);
            }
            furthest.put(e.getKey(), row.furthestMs());
        }
        return Progress.Coverage.of(course, furthest).percent();
    }

    /** A coverage row the writer created, once flushed (its id assigned). */
    void created(long learnerId, long classId, long courseId, ChapterProgressEntity row) {
        Map<Long, Long> rows = chapters.get(new CourseKey(learnerId, classId, courseId));
        if (rows != null) {
            rows.put(row.chapterId(), row.id());
        }
    }

    /** The learner's day-ledger row of the class and course, if there is one. */
    Optional<DayLedgerEntity> ledgerRow(EntityManager em, long learnerId, long classId, long courseId, LocalDate day) {
        for (int attempt = 0; attempt < 2; attempt++) {
            Long id = dayRows(em, learnerId, day).get(new ClassCourse(classId, courseId));
            if (id == null) {
                return Optional.empty();
            }
            DayLedgerEntity row = em.find(DayLedgerEntity.class, id);
            if (row != null && row.of(learnerId, day) && row.classId() == classId && row.courseId() == courseId) {
                return Optional.of(row);
            }
            days.remove(new DayKey(learnerId, day));
        }
        return Optional.empty();
    }

    /** A day-ledger row the writer created, once flushed. */
    void created(long learnerId, LocalDate day, DayLedgerEntity row) {
        Map<ClassCourse, Long> rows = days.get(new DayKey(learnerId, day));
        if (rows != null) {
            rows.put(new ClassCourse(row.classId(), row.courseId()), row.id());
        }
    }

    /**
     * C-33 / BJ-19: credited milliseconds of the learner on the day over all his classes of the policy (rows written before the
     * policy was kept count for their own class) — {@link HeartbeatService#creditedOn}'s sum, from the rows read by id.
     */
    long creditedOn(EntityManager em, long learnerId, long classId, String policy, LocalDate day) {
        long sum = 0;
        for (Long id : dayRows(em, learnerId, day).values()) {
            DayLedgerEntity row = em.find(DayLedgerEntity.class, id);
            if (row == null || !row.of(learnerId, day)) {
                days.remove(new DayKey(learnerId, day));
                return HeartbeatService.creditedOn(em, learnerId, classId, policy, day);
            }
            if (policy.equals(row.policy()) || row.classId() == classId) {
                sum += row.creditedMs();
            }
        }
        return sum;
    }

    /** C-38: whether the learner was disqualified in the class. */
    boolean disqualified(EntityManager em, long learnerId, long classId) {
        ClassKey key = new ClassKey(learnerId, classId);
        Boolean known = disqualified.get(key);
        if (known == null) {
            known = Challenges.disqualified(em, learnerId, classId);
            bound(disqualified);
            disqualified.put(key, known);
        }
        return known;
    }

    /** Told by the disqualification after its commit (C-38). */
    void disqualifiedNow(long learnerId, long classId) {
        disqualified.remove(new ClassKey(learnerId, classId));
        chapters.keySet().removeIf(k -> k.learnerId() == learnerId && k.classId() == classId);
        days.keySet().removeIf(k -> k.learnerId() == learnerId);
    }

    private Map<Long, Long> courseRows(EntityManager em, long learnerId, long classId, long courseId) {
        CourseKey key = new CourseKey(learnerId, classId, courseId);
        Map<Long, Long> rows = chapters.get(key);
        if (rows == null) {
            rows = new ConcurrentHashMap<>();
            for (Object[] r : em.createQuery("select c.chapterId, c.id from ChapterProgressEntity c where c.learnerId = :l "
                    + "and c.classId = :c and c.courseId = :k", Object[].class).setParameter("l", learnerId).setParameter("c", classId)
                    .setParameter("k", courseId).getResultList()) {
                rows.put((Long) r[0], (Long) r[1]);
            }
            bound(chapters);
            chapters.put(key, rows);
        }
        return rows;
    }

    private Map<ClassCourse, Long> dayRows(EntityManager em, long learnerId, LocalDate day) {
        DayKey key = new DayKey(learnerId, day);
        Map<ClassCourse, Long> rows = days.get(key);
        if (rows == null) {
            rows = new ConcurrentHashMap<>();
            for (Object[] r : em.createQuery("select d.classId, d.courseId, d.id from DayLedgerEntity d where d.learnerId = :l "
                    + "and d.day = :d", Object[].class).setParameter("l", learnerId).setParameter("d", day).getResultList()) {
                rows.put(new ClassCourse((Long) r[0], (Long) r[1]), (Long) r[2]);
            }
            bound(days);
            days.put(key, rows);
        }
        return rows;
    }

    private static void bound(Map<?, ?> map) {
        if (map.size() >= MAX_KEYS) {
            map.clear();
        }
    }
}
