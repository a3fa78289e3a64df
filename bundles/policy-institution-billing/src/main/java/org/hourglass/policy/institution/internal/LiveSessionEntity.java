package org.hourglass.policy.institution.internal;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import org.hourglass.persistence.UtcInstant;

/** IN-10: a planned live lesson of a class (seed 003 "课时, 课程主题, 开课时间, 时长, 讲师") and its booking on the live platform. */
@Entity
@Table(name = "IN_LIVE_SESSION", indexes = @Index(name = "IN_LIVE_SESSION_CLASS", columnList = "CLASS_ID"),
        uniqueConstraints = @javax.persistence.UniqueConstraint(name = "IN_LIVE_SESSION_REF", columnNames = "REFERENCE"))
public class LiveSessionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "CLASS_ID", nullable = false)
    private long classId;

    @Column(name = "TOPIC", nullable = false, length = 200)
    private String topic;

    @Column(name = "STARTS_AT", nullable = false)
    @Convert(converter = UtcInstant.class)
    private Instant startsAt;

    @Column(name = "MINUTES", nullable = false)
    private int minutes;

    @Column(name = "TEACHER", nullable = false, length = 50)
    private String teacher;

    @Column(name = "REFERENCE", nullable = false, length = 100)
    private String reference;

    /** IN-8: viewer minutes (live and replay) already reported to the prepaid balance; null before the first report. */
    @Column(name = "BILLED_MINUTES")
    private Integer billedMinutes;

    protected LiveSessionEntity() {
    }

    LiveSessionEntity(long classId, String topic, Instant startsAt, int minutes, String teacher, String reference) {
        this.classId = classId;
        this.topic = topic;
        this.startsAt = startsAt;
        this.minutes = minutes;
        this.teacher = teacher;
        this.reference = reference;
    }

    Long id() {
        return id;
    }

    long classId() {
        return classId;
    }

    String reference() {
        return reference;
    }

    Instant startsAt() {
        return startsAt;
    }

    int billedMinutes() {
        return billedMinutes == null ? 0 : billedMinutes;
    }

    void billedMinutes(int total) {
        this.billedMinutes = total;
    }

    LiveSessions.Session toView(int watchers, int replayWatchers, int liveMinutes, int replayMinutes) {
        return new LiveSessions.Session(id, classId, topic, startsAt, minutes, teacher, reference, watchers, replayWatchers,
                liveMinutes, replayMinutes, billedMinutes());
    }
}
