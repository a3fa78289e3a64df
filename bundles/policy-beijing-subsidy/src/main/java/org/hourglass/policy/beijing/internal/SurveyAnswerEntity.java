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

/** A learner's satisfaction answer for a class (BJ-14), once per learner and class. */
@Entity
@Table(name = "BJ_SURVEY", uniqueConstraints = @UniqueConstraint(name = "BJ_SURVEY_ONE", columnNames = {"CLASS_ID", "LEARNER_ID"}))
public class SurveyAnswerEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "CLASS_ID", nullable = false)
    private long classId;

    @Column(name = "ORGANIZATION_ID", nullable = false)
    private long organizationId;

    @Column(name = "LEARNER_ID", nullable = false)
    private long learnerId;

    @Column(name = "ANSWER", nullable = false, length = 10)
    private String answer;

    @Column(name = "COMMENT_TEXT", length = 500)
    private String comment;

    @Convert(converter = UtcInstant.class)
    @Column(name = "ANSWERED_AT", nullable = false)
    private Instant answeredAt;

    protected SurveyAnswerEntity() {
    }

    SurveyAnswerEntity(long classId, long organizationId, long learnerId, String answer, String comment, Instant at) {
        this.classId = classId;
        this.organizationId = organizationId;
        this.learnerId = learnerId;
        this.answer = answer;
        this.comment = comment;
        this.answeredAt = at;
    }
}
