package org.hourglass.policy.beijing.internal;

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

/** A learner found cheating (BJ-17); the second case of an organisation marks it untrustworthy. */
@Entity
@Table(name = "BJ_CHEATING", uniqueConstraints = @UniqueConstraint(name = "BJ_CHEATING_ONE", columnNames = {"CLASS_ID", "LEARNER_ID"}))
public class CheatingCaseEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ORGANIZATION_ID", nullable = false)
    private long organizationId;

    @Column(name = "CLASS_ID", nullable = false)
    private long classId;

    @Column(name = "LEARNER_ID", nullable = false)
    private long learnerId;

    @Column(name = "REASON", nullable = false, length = 500)
    private String reason;

    @Column(name = "DECIDED_BY", nullable = false)
    private long decidedBy;

    @Convert(converter = UtcInstant.class)
    @Column(name = "DECIDED_AT", nullable = false)
    private Instant decidedAt;

    protected CheatingCaseEntity() {
    }

    CheatingCaseEntity(long organizationId, long classId, long learnerId, String reason, long decidedBy, Instant at) {
        this.organizationId = organizationId;
        this.classId = classId;
        this.learnerId = learnerId;
        this.reason = reason;
        this.decidedBy = decidedBy;
        this.decidedAt = at;
    }
}
