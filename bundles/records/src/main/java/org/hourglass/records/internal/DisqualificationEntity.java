package org.hourglass.records.internal;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import org.hourglass.persistence.UtcInstant;

/** A learner found cheating in a class (C-38, BJ Q10): hours cleared, who decided, when and why. */
@Entity
@Table(name = "REC_DISQUALIFICATION", uniqueConstraints = @UniqueConstraint(name = "REC_DISQUALIFICATION_ONE",
        columnNames = {"LEARNER_ID", "CLASS_ID"}))
public class DisqualificationEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "LEARNER_ID", nullable = false)
    private long learnerId;

    @Column(name = "CLASS_ID", nullable = false)
    private long classId;

    @Column(name = "REASON", nullable = false, length = 500)
    private String reason;

    @Column(name = "DECIDED_BY", nullable = false)
    private long decidedBy;

    @Convert(converter = UtcInstant.class)
    @Column(name = "DECIDED_AT", nullable = false)
    private Instant decidedAt;

    protected DisqualificationEntity() {
    }

    DisqualificationEntity(long learnerId, long classId, String reason, long decidedBy, Instant decidedAt) {
        this.learnerId = learnerId;
        this.classId = classId;
        this.reason = reason;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }
}
