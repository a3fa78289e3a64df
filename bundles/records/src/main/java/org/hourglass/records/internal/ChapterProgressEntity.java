package org.hourglass.records.internal;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;
import org.hourglass.persistence.UtcInstant;

/**
 * A learner's credited coverage of one chapter in one class: {@code [0, furthest)}. Grows only by
 * credited time, so the sum of a chapter's credited beats equals {@code furthest} (C-30, C-31), and the
 * chapter is complete when it reaches the chapter's length (C-32).
 */
@Entity
@Table(name = "REC_CHAPTER", uniqueConstraints = @UniqueConstraint(name = "REC_CHAPTER_UQ",
        columnNames = {"LEARNER_ID", "CLASS_ID", "CHAPTER_ID"}),
        // covers the whole-class standings query (a settlement reads only this index, issue 7)
        indexes = @Index(name = "REC_CHAPTER_CLASS", columnList = "CLASS_ID,LEARNER_ID,CHAPTER_ID,FURTHEST_MS"))
public class ChapterProgressEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "LEARNER_ID", nullable = false)
    private long learnerId;

    @Column(name = "CLASS_ID", nullable = false)
    private long classId;

    @Column(name = "COURSE_ID", nullable = false)
    private long courseId;

    @Column(name = "CHAPTER_ID", nullable = false)
    private long chapterId;

    @Column(name = "LENGTH_MS", nullable = false)
    private long lengthMs;

    @Column(name = "FURTHEST_MS", nullable = false)
    private long furthestMs;

    @Convert(converter = UtcInstant.class)
    @Column(name = "COMPLETED_AT")
    private Instant completedAt;

    /** IN-9, C-27 "最后学习时间": the last beat on the chapter, credited or not. */
    @Convert(converter = UtcInstant.class)
    @Column(name = "LAST_STUDY_AT")
    private Instant lastStudyAt;

    @Version
    private long version;

    protected ChapterProgressEntity() {
    }

    ChapterProgressEntity(long learnerId, long classId, long courseId, long chapterId, long lengthMs) {
        this.learnerId = learnerId;
        this.classId = classId;
        this.courseId = courseId;
        this.chapterId = chapterId;
        this.lengthMs = lengthMs;
    }

    Long id() {
        return id;
    }

    long furthestMs() {
        return furthestMs;
    }

    long chapterId() {
        return chapterId;
    }

    void credit(long ms, long chapterLengthMs, Instant now) {
        this.lengthMs = chapterLengthMs;
        this.furthestMs = Math.min(chapterLengthMs, furthestMs + ms);
        this.lastStudyAt = now;
        if (furthestMs >= chapterLengthMs && completedAt == null) {
            completedAt = now;
        }
    }

    /** C-38 disqualification: credited coverage is cleared; the beats that earned it stay as facts. */
    void clear() {
        this.furthestMs = 0;
        this.completedAt = null;
    }
}
