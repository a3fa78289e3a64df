package org.hourglass.records.internal;

import java.time.LocalDate;
import java.util.List;
import javax.persistence.EntityManager;

/**
 * A learner's day ledger rows on one local day, read once per beat (issue 19: found by id through the writer's
 * {@link ActiveLearners} memory, else one indexed query — instead of a sum and a row look-up): what he was credited that day over all his classes of the class's policy (C-33 / BJ-19, seed 000 Q69
 * "每天最多计8学时"; rows written before the policy was kept count for their own class), and the row of the beat's
 * class and course, created when the beat is written if he had none.
 */
final class DayRows {
    private final long learnerId;
    private final long classId;
    private final long courseId;
    private final String policy;
    private final LocalDate day;
    private final long creditedMs;
    private DayLedgerEntity row;

    private DayRows(long learnerId, long classId, long courseId, String policy, LocalDate day, List<DayLedgerEntity> rows) {
        this.learnerId = learnerId;
        this.classId = classId;
        this.courseId = courseId;
        this.policy = policy;
        this.day = day;
        long sum = 0;
        for (DayLedgerEntity r : rows) {
            if (policy.equals(r.policy()) || r.classId() == classId) {
                sum += r.creditedMs();
            }
            if (r.classId() == classId && r.courseId() == courseId) {
                row = r;
            }
        }
        this.creditedMs = sum;
    }

    /** The rows of the learner's day (issue 19: from the writer's memory of him, else one indexed query). */
    static DayRows of(List<DayLedgerEntity> rows, long learnerId, long classId, long courseId, String policy, LocalDate day) {
        return new DayRows(learnerId, classId, courseId, policy, day, rows);
    }

    /** Credited milliseconds on the day over the policy's classes, before this beat. */
    long creditedMs() {
        return creditedMs;
    }

    /** The row of the beat's class and course, persisted now if it is new (and then remembered by the writer). */
    DayLedgerEntity row(EntityManager em, ActiveLearners memory) {
        if (row == null) {
            row = new DayLedgerEntity(learnerId, classId, courseId, day, policy);
            em.persist(row);
            memory.created(learnerId, row);
        }
        return row;
    }
}
