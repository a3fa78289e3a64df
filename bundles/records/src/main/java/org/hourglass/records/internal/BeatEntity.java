package org.hourglass.records.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import org.hourglass.persistence.UtcInstant;

/**
 * One accepted heartbeat, append-only: what the player said (evidence) and what the server made of it
 * (earned, credited, capped, flags, note). Settlements and audits recompute from these rows.
 */
@Entity
@Table(name = "REC_BEAT", indexes = @Index(name = "REC_BEAT_LEARNER", columnList = "LEARNER_ID,CLASS_ID"))
public class BeatEntity {
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

    @Column(name = "STREAM_ID", nullable = false, length = 64)
    private String streamId;

    @Column(name = "SEQ", nullable = false)
    private long sequence;

    @Column(name = "POSITION_MS", nullable = false)
    private long positionMs;

    @Column(name = "RATE", precision = 6, scale = 3)
    private BigDecimal rate;

    @Column(name = "VISIBLE", nullable = false)
    private boolean visible;

    @Convert(converter = UtcInstant.class)
    @Column(name = "CLIENT_TIME")
    private Instant clientTime;

    @Convert(converter = UtcInstant.class)
    @Column(name = "RECEIVED_AT", nullable = false)
    private Instant receivedAt;

    @Column(name = "LOCAL_DAY", nullable = false)
    private LocalDate localDay;

    @Column(name = "ELAPSED_MS", nullable = false)
    private long elapsedMs;

    @Column(name = "EARNED_MS", nullable = false)
    private long earnedMs;

    @Column(name = "CREDITED_MS", nullable = false)
    private long creditedMs;

    @Column(name = "CAPPED_MS", nullable = false)
    private long cappedMs;

    @Column(name = "FLAGS", length = 200)
    private String flags;

    @Column(name = "NOTE", length = 300)
    private String note;

    /** The answer's progress figures as they were after this beat (an idempotent replay repeats them). */
    @Column(name = "FURTHEST_MS", nullable = false)
    private long furthestMs;

    @Column(name = "CHAPTER_MS", nullable = false)
    private long chapterMs;

    @Column(name = "COURSE_PCT", nullable = false)
    private int coursePercent;

    @Column(name = "TODAY_MS", nullable = false)
    private long creditedTodayMs;

    protected BeatEntity() {
    }

    BeatEntity(long learnerId, long classId, long courseId, long chapterId, String streamId, long sequence, long positionMs,
            BigDecimal rate, boolean visible, Instant clientTime, Instant receivedAt, LocalDate localDay) {
        this.learnerId = learnerId;
        this.classId = classId;
        this.courseId = courseId;
        this.chapterId = chapterId;
        this.streamId = streamId;
        this.sequence = sequence;
        this.positionMs = positionMs;
        this.rate = rate;
        this.visible = visible;
        this.clientTime = clientTime;
        this.receivedAt = receivedAt;
        this.localDay = localDay;
    }

    void judge(long elapsedMs, long earnedMs, long creditedMs, long cappedMs, String flags, String note) {
        this.elapsedMs = elapsedMs;
        this.earnedMs = earnedMs;
        this.creditedMs = creditedMs;
        this.cappedMs = cappedMs;
        this.flags = flags == null || flags.isEmpty() ? null : flags;
        this.note = note == null ? null : note.length() > 300 ? note.substring(0, 300) : note;
    }

    void progressAfter(long furthest, long chapterLength, int coursePct, long todayMs) {
        this.furthestMs = furthest;
        this.chapterMs = chapterLength;
        this.coursePercent = coursePct;
        this.creditedTodayMs = todayMs;
    }

    Long id() {
        return id;
    }

    long learnerId() {
        return learnerId;
    }

    /** The answer to this beat, the same every time it is asked for. */
    org.hourglass.api.records.HeartbeatResult toResult() {
        java.util.List<String> flagList = flags == null ? java.util.List.of() : java.util.List.of(flags.split(","));
        return new org.hourglass.api.records.HeartbeatResult(id, Millis.seconds(creditedMs), Millis.seconds(cappedMs), flagList, note,
                Millis.seconds(furthestMs), Millis.seconds(chapterMs), Millis.percent(furthestMs, chapterMs), coursePercent,
                Millis.seconds(creditedTodayMs), null);
    }
}
