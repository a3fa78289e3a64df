package org.hourglass.commerce.internal;

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

/**
 * A course copy held by a learner in a class (BJ-10), taken from one order line. {@code releasedAt} set = given
 * back to stock; {@code voided} = refunded or exchanged away (BJ-11). At most one live copy per class, learner and course.
 */
@Entity
@Table(name = "COM_COPY", indexes = {@Index(name = "COM_COPY_HOLDER", columnList = "CLASS_ID,LEARNER_ID,COURSE_ID"),
        @Index(name = "COM_COPY_LINE", columnList = "LINE_ID")})
public class CopyEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "LINE_ID", nullable = false)
    private long lineId;

    @Column(name = "ORGANIZATION_ID", nullable = false)
    private long organizationId;

    @Column(name = "COURSE_ID", nullable = false)
    private long courseId;

    @Column(name = "CLASS_ID", nullable = false)
    private long classId;

    @Column(name = "LEARNER_ID", nullable = false)
    private long learnerId;

    @Column(name = "LIVE", nullable = false)
    private boolean live;

    @Column(name = "VOIDED", nullable = false)
    private boolean voided;

    @Convert(converter = UtcInstant.class)
    @Column(name = "ASSIGNED_AT", nullable = false)
    private Instant assignedAt;

    @Convert(converter = UtcInstant.class)
    @Column(name = "ENDED_AT")
    private Instant endedAt;

    protected CopyEntity() {
    }

    CopyEntity(long lineId, long organizationId, long courseId, long classId, long learnerId, Instant now) {
        this.lineId = lineId;
        this.organizationId = organizationId;
        this.courseId = courseId;
        this.classId = classId;
        this.learnerId = learnerId;
        this.live = true;
        this.assignedAt = now;
    }

    long lineId() {
        return lineId;
    }

    long organizationId() {
        return organizationId;
    }

    long courseId() {
        return courseId;
    }

    long classId() {
        return classId;
    }

    long learnerId() {
        return learnerId;
    }

    void release(Instant at) {
        this.live = false;
        this.endedAt = at;
    }

    void voidIt(Instant at) {
        this.live = false;
        this.voided = true;
        this.endedAt = at;
    }
}
