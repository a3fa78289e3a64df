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
import org.hourglass.persistence.UtcInstant;

/** An anti-cheating or integrity event (C-38) with its evidence (the beat), kept forever. */
@Entity
@Table(name = "REC_EVENT", indexes = @Index(name = "REC_EVENT_CLASS", columnList = "CLASS_ID,LEARNER_ID"))
public class StudyEventEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "LEARNER_ID", nullable = false)
    private long learnerId;

    @Column(name = "CLASS_ID", nullable = false)
    private long classId;

    @Column(name = "KIND", nullable = false, length = 30)
    private String kind;

    @Column(name = "BEAT_ID")
    private Long beatId;

    @Convert(converter = UtcInstant.class)
    @Column(name = "EVENT_AT", nullable = false)
    private Instant at;

    @Column(name = "DETAIL", length = 500)
    private String detail;

    protected StudyEventEntity() {
    }

    StudyEventEntity(long learnerId, long classId, String kind, Long beatId, Instant at, String detail) {
        this.learnerId = learnerId;
        this.classId = classId;
        this.kind = kind;
        this.beatId = beatId;
        this.at = at;
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
    }
}
