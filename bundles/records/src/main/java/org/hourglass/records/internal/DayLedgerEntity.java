package org.hourglass.records.internal;

import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;

/**
 * The credit ledger: per learner, class, course and local day (Asia/Shanghai), the credited and the
 * capped milliseconds (C-33). Written in the same transaction as the beats it sums, so reports, caps and
 * C-25 never scan raw beats.
 */
@Entity
// REC_DAY_LEARNER_DAY: the C-33 cap sums a learner's day over his classes on every beat (a hot path); without it the
// unique index's LEARNER_ID prefix would scan all his days
@Table(name = "REC_DAY", uniqueConstraints = @UniqueConstraint(name = "REC_DAY_UQ",
        columnNames = {"LEARNER_ID", "CLASS_ID", "COURSE_ID", "LOCAL_DAY"}),
        indexes = @Index(name = "REC_DAY_LEARNER_DAY", columnList = "LEARNER_ID,LOCAL_DAY"))
public class DayLedgerEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "LEARNER_ID", nullable = false)
    private long learnerId;

    @Column(name = "CLASS_ID", nullable = false)
    private long classId;

    @Column(name = "COURSE_ID", nullable = false)
    private long courseId;

    @Column(name = "LOCAL_DAY", nullable = false)
    private LocalDate day;

    @Column(name = "CREDITED_MS", nullable = false)
    private long creditedMs;

    @Column(name = "CAPPED_MS", nullable = false)
    private long cappedMs;

    /** The class's policy: C-33/BJ-19 cap a learner's day over all his classes of one policy. Null on rows written before. */
    @Column(name = "POLICY", length = 64)
    private String policy;

    @Version
    private long version;

    protected DayLedgerEntity() {
    }

    DayLedgerEntity(long learnerId, long classId, long courseId, LocalDate day, String policy) {
        this.policy = policy;
        this.learnerId = learnerId;
        this.classId = classId;
        this.courseId = courseId;
        this.day = day;
    }

    Long id() {
        return id;
    }

    LocalDate day() {
        return day;
    }

    long classId() {
        return classId;
    }

    long courseId() {
        return courseId;
    }

    String policy() {
        return policy;
    }

    long creditedMs() {
        return creditedMs;
    }

    void add(long credited, long capped) {
        this.creditedMs += credited;
        this.cappedMs += capped;
    }

    void clear() {
        this.cappedMs += creditedMs;
        this.creditedMs = 0;
    }
}
