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

/** IN-2 "意见反馈" (seed 003): a learner's question to his class's teachers and their answer, which they may edit. */
@Entity
@Table(name = "IN_FEEDBACK", indexes = @Index(name = "IN_FEEDBACK_CLASS", columnList = "CLASS_ID,LEARNER_ID"))
public class FeedbackEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "CLASS_ID", nullable = false)
    private long classId;

    @Column(name = "LEARNER_ID", nullable = false)
    private long learnerId;

    @Column(name = "QUESTION", nullable = false, length = 1000)
    private String question;

    @Column(name = "ASKED_AT", nullable = false)
    @Convert(converter = UtcInstant.class)
    private Instant askedAt;

    @Column(name = "ANSWER", length = 2000)
    private String answer;

    @Column(name = "ANSWERED_BY", length = 100)
    private String answeredBy;

    @Column(name = "ANSWERED_AT")
    @Convert(converter = UtcInstant.class)
    private Instant answeredAt;

    @Column(name = "EDITED_AT")
    @Convert(converter = UtcInstant.class)
    private Instant editedAt;

    protected FeedbackEntity() {
    }

    FeedbackEntity(long classId, long learnerId, String question, Instant askedAt) {
        this.classId = classId;
        this.learnerId = learnerId;
        this.question = question;
        this.askedAt = askedAt;
    }

    long classId() {
        return classId;
    }

    /** The first answer is answered; a later one edits it (seed 003 "教师发表回复后，可以编辑修改回复的内容"). */
    void answer(String text, String by, Instant at) {
        if (answer == null) {
            answeredAt = at;
        } else {
            editedAt = at;
        }
        answer = text;
        answeredBy = by;
    }

    Feedback.Item toView() {
        return new Feedback.Item(id, classId, learnerId, question, askedAt, answer, answeredBy, answeredAt, editedAt);
    }
}
