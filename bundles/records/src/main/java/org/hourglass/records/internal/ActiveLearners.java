package org.hourglass.records.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;

/**
 * The beat writer's memory of its active learners (issue 19): which chapter rows a learner has in each course of a class,
 * which day ledger rows he has on his current day, and which pop-up question (C-38) is open for him in a class. A beat then
 * finds its rows by id — in the batch's persistence context, else in EclipseLink's shared cache — instead of querying for
 * them (the writer's queries were 43 % of its time at saturation).
 *
 * <p>Only the rows' existence is remembered, never their values: the writer is the only code that creates these rows (and
 * the only one issuing pop-up questions), so the index stays complete; their values (coverage cleared by a disqualification,
 * a question answered) are read through the entity manager on every beat. Every row the writer updates carries a version,
 * so a stale copy cannot be written: its UPDATE fails, the batch is retried beat by beat, and the learners of a failed batch
 * are {@link #forget forgotten} (their next beat queries again). That version check is the database guard a cluster relies
 * on (issue 20): each node keeps its own memory. A row id that no longer finds its row makes the learner's memory be read
 * again from the database.
 *
 * <p>A row created in the open batch has no id until the batch commits (ids are the database's identities): until then the
 * memory holds the row itself, so the learner's next beat in the same batch finds it; {@link #identified} swaps it for its
 * id once the batch is flushed or committed.
 *
 * <p>Confined to the one writer thread ({@link HeartbeatService#WRITERS}); bounded: beyond {@link #CAPACITY} learners the
 * least recently active one is forgotten.
 */
final class ActiveLearners {
    /** A few hundred bytes a learner: 50,000 active learners per node cost some 20 MB of the 512 MB heap. */
    static final int CAPACITY = 50_000;

    private record CourseKey(long classId, long courseId) {
    }

    private static final class Learner {
        /** (class, course) → chapter id → row id: every committed chapter row of the learner in that course of that class. */
        final Map<CourseKey, Map<Long, Long>> chapterRows = new HashMap<>(4);
        /** The day of {@link #dayRows}, every committed ledger row of the learner on it. */
        LocalDate day;
        List<Long> dayRows;
        /** Class → the open pop-up question's id, 0 when none is open. */
        final Map<Long, Long> openChallenge = new HashMap<>(2);
        /** Created in the open batch, without ids yet. */
        final Map<CourseKey, Map<Long, ChapterProgressEntity>> newChapterRows = new HashMap<>(2);
        final List<DayLedgerEntity> newDayRows = new ArrayList<>(1);
        final Map<Long, ChallengeEntity> newChallenges = new HashMap<>(1);
    }

    private final int capacity;
    private final Map<Long, Learner> learners;
    /** Learners with rows created in the open batch. */
    private final List<Learner> creating = new ArrayList<>();

    ActiveLearners() {
        this(CAPACITY);
    }

    ActiveLearners(int capacity) {
        this.capacity = capacity;
        this.learners = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Learner> eldest) {
                return size() > ActiveLearners.this.capacity && eldest.getValue().newDayRows.isEmpty()
                        && eldest.getValue().newChapterRows.isEmpty() && eldest.getValue().newChallenges.isEmpty();
            }
        };
    }

    /** The learner's chapter rows of the course in the class, by chapter id (the beat's chapter may be missing: new). */
    Map<Long, ChapterProgressEntity> courseRows(EntityManager em, long learnerId, long classId, long courseId) {
        Learner learner = learner(learnerId);
        CourseKey key = new CourseKey(classId, courseId);
        Map<Long, ChapterProgressEntity> rows = null;
        Map<Long, Long> ids = learner.chapterRows.get(key);
        if (ids != null) {
            rows = find(em, ChapterProgressEntity.class, ids);
        }
        if (rows == null) {
            Map<Long, ChapterProgressEntity> read = new HashMap<>();
            Map<Long, Long> known = new HashMap<>();
            em.createQuery("select c from ChapterProgressEntity c where c.learnerId = :l and c.classId = :c and c.courseId = :k",
                    ChapterProgressEntity.class).setParameter("l", learnerId).setParameter("c", classId).setParameter("k", courseId)
                    .getResultList().forEach(r -> {
                        read.put(r.chapterId(), r);
                        known.put(r.chapterId(), r.id());
                    });
            learner.chapterRows.put(key, known);
            rows = read;
        }
        rows.putAll(learner.newChapterRows.getOrDefault(key, Map.of()));
        return rows;
    }

    /** A chapter row the beat creates. */
    void created(long learnerId, ChapterProgressEntity row, long classId, long courseId) {
        Learner learner = learner(learnerId);
        learner.newChapterRows.computeIfAbsent(new CourseKey(classId, courseId), k -> new HashMap<>(2)).put(row.chapterId(), row);
        creating.add(learner);
    }

    /** The learner's ledger rows on the day, over all his classes. */
    List<DayLedgerEntity> dayRows(EntityManager em, long learnerId, LocalDate day) {
        Learner learner = learner(learnerId);
        List<DayLedgerEntity> rows = null;
        if (day.equals(learner.day) && learner.dayRows != null) {
            rows = new ArrayList<>(learner.dayRows.size() + 1);
            for (Long id : learner.dayRows) {
                DayLedgerEntity row = em.find(DayLedgerEntity.class, id);
                if (row == null) {
                    rows = null;
                    break;
                }
                rows.add(row);
            }
        }
        if (rows == null) {
            rows = new ArrayList<>(em.createQuery("select d from DayLedgerEntity d where d.learnerId = :l and d.day = :d",
                    DayLedgerEntity.class).setParameter("l", learnerId).setParameter("d", day).getResultList());
            learner.day = day;
            learner.dayRows = new ArrayList<>(rows.stream().map(DayLedgerEntity::id).toList());
        }
        for (DayLedgerEntity created : learner.newDayRows) {
            if (created.day().equals(day)) {
                rows.add(created);
            }
        }
        return rows;
    }

    /** A ledger row the beat creates. */
    void created(long learnerId, DayLedgerEntity row) {
        Learner learner = learner(learnerId);
        learner.newDayRows.add(row);
        creating.add(learner);
    }

    /** The open pop-up question of the learner in the class, or null. */
    ChallengeEntity openChallenge(EntityManager em, long learnerId, long classId) {
        Learner learner = learner(learnerId);
        ChallengeEntity issued = learner.newChallenges.get(classId);
        if (issued != null) {
            return issued.open() ? issued : null;
        }
        Long id = learner.openChallenge.get(classId);
        if (id != null) {
            ChallengeEntity known = id == 0 ? null : em.find(ChallengeEntity.class, id);
            if (id == 0 || known != null && known.open()) {
                return known;
            }
            if (known != null) { // answered since: none is open until the writer issues the next one
                learner.openChallenge.put(classId, 0L);
                return null;
            }
        }
        ChallengeEntity open = Challenges.open(em, learnerId, classId);
        learner.openChallenge.put(classId, open == null ? 0L : open.id());
        return open;
    }

    /** A pop-up question the beat issues. */
    void issued(long learnerId, long classId, ChallengeEntity question) {
        Learner learner = learner(learnerId);
        learner.newChallenges.put(classId, question);
        creating.add(learner);
    }

    /** The batch was flushed or committed: the rows it created have their ids. */
    void identified() {
        for (Learner learner : creating) {
            boolean whole = learner.newChapterRows.values().stream().allMatch(rows -> rows.values().stream().allMatch(r -> r.id() != null))
                    && learner.newDayRows.stream().allMatch(r -> r.id() != null)
                    && learner.newChallenges.values().stream().allMatch(c -> c.id() != null);
            if (!whole) { // not written after all: what the learner has is read again from the database
                learners.values().remove(learner);
                continue;
            }
            learner.newChapterRows.forEach((key, rows) -> {
                Map<Long, Long> ids = learner.chapterRows.get(key);
                if (ids != null) {
                    rows.values().forEach(r -> ids.put(r.chapterId(), r.id()));
                }
            });
            learner.newChapterRows.clear();
            for (DayLedgerEntity row : learner.newDayRows) {
                if (learner.dayRows != null && row.day().equals(learner.day)) {
                    learner.dayRows.add(row.id());
                }
            }
            learner.newDayRows.clear();
            learner.newChallenges.forEach((classId, c) -> learner.openChallenge.put(classId, c.id()));
            learner.newChallenges.clear();
        }
        creating.clear();
    }

    /** A batch holding the learner's beat failed: what it remembered may name rows that were rolled back. */
    void forget(long learnerId) {
        Learner gone = learners.remove(learnerId);
        if (gone != null) {
            creating.removeIf(l -> l == gone);
        }
    }

    int size() {
        return learners.size();
    }

    private Learner learner(long learnerId) {
        return learners.computeIfAbsent(learnerId, id -> new Learner());
    }

    /** The rows by chapter id, or null when one of them is gone (the memory is read again). */
    private static <E> Map<Long, E> find(EntityManager em, Class<E> type, Map<Long, Long> ids) {
        Map<Long, E> rows = new HashMap<>(ids.size() * 2);
        for (Map.Entry<Long, Long> e : ids.entrySet()) {
            E row = em.find(type, e.getValue());
            if (row == null) {
                return null;
            }
            rows.put(e.getKey(), row);
        }
        return rows;
    }
}
