package org.hourglass.policy.institution.internal;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import org.hourglass.persistence.UtcInstant;

/**
 * One level of an opening (IN-5) or closing (IN-6) review: who decided, when, with which opinion, and the reason of a
 * refusal (seed 003 "审核日志"). A refusal ends the round: the next submission starts again at level 1.
 */
@Entity
@Table(name = "IN_REVIEW", indexes = @Index(name = "IN_REVIEW_CLASS", columnList = "CLASS_ID,STAGE"))
public class ReviewEntity {
    enum Stage { OPENING, CLOSING }

    enum Decision { APPROVED, REFUSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "CLASS_ID", nullable = false)
    private long classId;

    @Enumerated(EnumType.STRING)
    @Column(name = "STAGE", nullable = false, length = 10)
    private Stage stage;

    @Column(name = "LEVEL_NO", nullable = false)
    private int level;

    @Enumerated(EnumType.STRING)
    @Column(name = "DECISION", nullable = false, length = 10)
    private Decision decision;

    @Column(name = "OPINION", length = 500)
    private String opinion;

    @Column(name = "REASON", length = 500)
    private String reason;

    @Column(name = "REVIEWER_ID", nullable = false)
    private long reviewerId;

    @Column(name = "REVIEWER", nullable = false, length = 100)
    private String reviewer;

    @Column(name = "DECIDED_AT", nullable = false)
    @Convert(converter = UtcInstant.class)
    private Instant decidedAt;

    protected ReviewEntity() {
    }

    ReviewEntity(long classId, Stage stage, int level, Decision decision, String opinion, String reason, long reviewerId,
            String reviewer, Instant decidedAt) {
        this.classId = classId;
        this.stage = stage;
        this.level = level;
        this.decision = decision;
        this.opinion = opinion;
        this.reason = reason;
        this.reviewerId = reviewerId;
        this.reviewer = reviewer;
        this.decidedAt = decidedAt;
    }

    Decision decision() {
        return decision;
    }

    long reviewerId() {
        return reviewerId;
    }

    Reviews.Logged toView() {
        return new Reviews.Logged(id, classId, stage.name(), level, decision.name(), opinion, reason, reviewer, decidedAt);
    }
}
