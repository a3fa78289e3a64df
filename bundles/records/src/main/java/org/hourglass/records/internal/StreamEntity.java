package org.hourglass.records.internal;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;
import org.hourglass.persistence.UtcInstant;

/**
 * A learner's live study stream (C-4, BJ Q71: one at a time) and where its last accepted beat was.
 * Versioned: two beats of one learner racing each other cannot both be credited.
 */
@Entity
@Table(name = "REC_STREAM")
public class StreamEntity {
    @Id
    @Column(name = "LEARNER_ID")
    private Long learnerId;

    @Column(name = "STREAM_ID", nullable = false, length = 64)
    private String streamId;

    @Column(name = "LAST_SEQ", nullable = false)
    private long lastSequence;

    @Convert(converter = UtcInstant.class)
    @Column(name = "LAST_BEAT_AT", nullable = false)
    private Instant lastBeatAt;

    @Column(name = "CLASS_ID", nullable = false)
    private long classId;

    @Column(name = "CHAPTER_ID", nullable = false)
    private long chapterId;

    @Column(name = "LAST_POSITION_MS", nullable = false)
    private long lastPositionMs;

    /** Credited time since the last pop-up question (C-38). */
    @Column(name = "SINCE_CHALLENGE_MS")
    private Long sinceChallengeMs;

    @Version
    private long version;

    protected StreamEntity() {
    }

    StreamEntity(long learnerId) {
        this.learnerId = learnerId;
        this.streamId = "";
        this.lastBeatAt = Instant.EPOCH;
    }

    /** Whether another stream of the learner beat within {@code liveMs} before {@code now}. */
    boolean otherStreamLive(String stream, Instant now, long liveMs) {
        return !streamId.isEmpty() && !streamId.equals(stream) && now.toEpochMilli() - lastBeatAt.toEpochMilli() < liveMs;
    }

    boolean replays(String stream, long sequence) {
        return streamId.equals(stream) && sequence <= lastSequence;
    }

    /** Whether a beat continues the segment of the previous one (same stream, class and chapter, recent). */
    boolean continues(String stream, long cls, long chapter, Instant now) {
        long gap = now.toEpochMilli() - lastBeatAt.toEpochMilli();
        return streamId.equals(stream) && classId == cls && chapterId == chapter && gap >= 0 && gap <= Crediting.MAX_GAP_MS;
    }

    long elapsedMs(Instant now) {
        return Math.max(0, now.toEpochMilli() - lastBeatAt.toEpochMilli());
    }

    /** Adds credited time; true when a pop-up question is due (and the count starts again). */
    boolean challengeDue(long creditedMs, long everyMs) {
        long since = (sinceChallengeMs == null ? 0 : sinceChallengeMs) + creditedMs;
        boolean due = since >= everyMs;
        sinceChallengeMs = due ? 0 : since;
        return due;
    }

    long lastPositionMs() {
        return lastPositionMs;
    }

    void advance(String stream, long sequence, Instant at, long cls, long chapter, long positionMs) {
        this.streamId = stream;
        this.lastSequence = sequence;
        this.lastBeatAt = at;
        this.classId = cls;
        this.chapterId = chapter;
        this.lastPositionMs = positionMs;
    }
}
